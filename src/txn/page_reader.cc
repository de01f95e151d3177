// Implements CachedExtentReader: cache hit, or read + verify + install on a miss.
#include "txn/page_reader.h"

#include <cstring>

#include "txn/page_format.h"

namespace maglev::txn {

Status CachedExtentReader::read(uint64_t page_id, uint32_t offset, void* out, uint32_t len) {
  if (uint64_t{offset} + len > kPayloadSize)
    return Status(Errc::kInvalid, "read past the end of page " + std::to_string(page_id));
  const uint32_t at = static_cast<uint32_t>(sizeof(DiskPageHeader)) + offset;
  if (segment_ != nullptr && segment_->read_cached(page_id, at, out, len, slot_))
    return Status();
  alignas(64) uint8_t page[kPageSize];
  size_t n = 0;
  Status r = files_->read(page_id * kPageSize, page, kPageSize, &n);
  if (!r.ok()) return Status(r.code(), "reading page " + std::to_string(page_id) + " of " + repo_ + ": " + r.message());
  ++disk_reads_;
  if (segment_ != nullptr) {
    if (slot_ >= 0)
      segment_->session(slot_).pages_read.fetch_add(1, std::memory_order_relaxed);
    else
      segment_->stats().pages_read.value.fetch_add(1, std::memory_order_relaxed);
  }
  if (n != kPageSize)
    return Status(Errc::kCorrupt, "page " + std::to_string(page_id) + " of repository " +
                                      repo_ + " lies beyond the end of the extent");
  Status s = verify_page(page, page_id);
  if (!s.ok()) return Status(Errc::kCorrupt, "repository " + repo_ + ": " + s.message());
  if (segment_ != nullptr) segment_->install(page_id, page, slot_, false);
  std::memcpy(out, page + at, len);
  return Status();
}

}  // namespace maglev::txn
