// Implements page sealing and verification (XXH3) and object-table geometry.
#include "txn/page_format.h"

#include <cstring>
#include <xxhash.h>

namespace maglev::txn {

uint64_t page_checksum(const uint8_t* page) { return XXH3_64bits(page + 8, kPageSize - 8); }

uint64_t hash_bytes(const void* data, size_t len) { return XXH3_64bits(data, len); }

void seal_page(uint8_t* page, PageKind kind, uint64_t page_id, uint64_t batch,
               uint32_t length) {
  auto* h = reinterpret_cast<DiskPageHeader*>(page);
  h->magic = kPageMagic;
  h->kind = static_cast<uint16_t>(kind);
  h->version = kFormatVersion;
  h->page_id = page_id;
  h->batch = batch;
  h->length = length;
  h->flags = 0;
  h->reserved = 0;
  h->checksum = page_checksum(page);
}

Status verify_page(const uint8_t* page, uint64_t page_id) {
  const DiskPageHeader& h = page_header(page);
  if (h.magic != kPageMagic)
    return Status(Errc::kCorrupt, "page " + std::to_string(page_id) + " has no page magic");
  if (h.checksum != page_checksum(page))
    return Status(Errc::kCorrupt, "page " + std::to_string(page_id) + " fails its checksum");
  if (h.version != kFormatVersion)
    return Status(Errc::kMismatch, "page " + std::to_string(page_id) + " has format version " +
                                       std::to_string(h.version));
  if (h.page_id != page_id)
    return Status(Errc::kCorrupt, "page " + std::to_string(page_id) + " claims to be page " +
                                      std::to_string(h.page_id));
  if (h.length > kPayloadSize)
    return Status(Errc::kCorrupt, "page " + std::to_string(page_id) + " has a bad length");
  return Status();
}

uint64_t level_span(uint32_t level) {
  uint64_t span = kLeafEntries;
  for (uint32_t l = 0; l < level; ++l) span *= kInteriorFanout;
  return span;
}

uint64_t tree_capacity(uint32_t height) { return level_span(height); }

}  // namespace maglev::txn
