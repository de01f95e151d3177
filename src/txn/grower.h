// Background extent growth: the stone creates the extent's next segment (zeros written
// and synced, then named; txn/extent_files.h) on a thread of its own ahead of need, so
// that no commit waits for it and no commit's file grows. Owned and called by the
// stone's main thread only; the thread it starts touches nothing but the new file.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <thread>

#include "shared_cache/status.h"

namespace maglev::txn {

class BackgroundGrower {
 public:
  explicit BackgroundGrower(std::filesystem::path repo) : repo_(std::move(repo)) {}
  ~BackgroundGrower();
  BackgroundGrower(const BackgroundGrower&) = delete;
  BackgroundGrower& operator=(const BackgroundGrower&) = delete;

  // True while a creation runs or its outcome has not been collected by finish().
  bool busy() const { return thread_.joinable(); }
  // Starts creating the segment of `count` pages at page `first`. REQUIRES: !busy().
  void start(uint64_t first, uint64_t count);
  // Collects a creation's outcome: false while it runs (and `wait` is false) or when
  // none was started; else true, with the segment's descriptor in *fd (to adopt) or the
  // failure in *result.
  bool finish(bool wait, uint64_t* first, uint64_t* count, int* fd, Status* result);

 private:
  std::filesystem::path repo_;
  std::thread thread_;
  std::atomic<bool> done_{false};
  uint64_t first_ = 0, count_ = 0;
  int fd_ = -1;
  Status result_;
};

}  // namespace maglev::txn
