// PageReader: how the object table and data-stream code read page bytes; and the
// extent reader that serves them from the shared cache, faulting misses in from the
// extent (verifying each page before it is cached or returned).
#pragma once

#include <cstdint>
#include <string>

#include "shared_cache/shared_cache.h"
#include "shared_cache/status.h"
#include "txn/extent_files.h"

namespace maglev::txn {

class PageReader {
 public:
  virtual ~PageReader() = default;
  // Copies `len` payload bytes starting at `offset` of page `page_id`.
  virtual Status read(uint64_t page_id, uint32_t offset, void* out, uint32_t len) = 0;
};

// Reads through a segment's page cache (none when `segment` is null); on a miss reads
// the page from the extent's files, verifies it (kCorrupt naming page and repository on
// failure) and installs it. `slot` is the caller's session slot (-1 for the stone).
class CachedExtentReader final : public PageReader {
 public:
  CachedExtentReader(shared_cache::Segment* segment, ExtentFiles* files, int32_t slot,
                     std::string repo)
      : segment_(segment), files_(files), slot_(slot), repo_(std::move(repo)) {}
  Status read(uint64_t page_id, uint32_t offset, void* out, uint32_t len) override;
  uint64_t disk_reads() const { return disk_reads_; }

 private:
  shared_cache::Segment* segment_;
  ExtentFiles* files_;
  int32_t slot_;
  std::string repo_;
  uint64_t disk_reads_ = 0;
};

}  // namespace maglev::txn
