// Background extent growth: the stone creates the extent's next segment (zeros written
// and synced, then named; txn/extent_files.h) on a thread of its own ahead of need, so
// that no commit waits for it and no commit's file grows. The writes are paced to a
// deadline the stone moves as its commits consume room (just in time, not at the disk's
// full speed, which would halve the rate of lone commits meanwhile). Owned and called by
// the stone's main thread only; the thread it starts touches nothing but the new file.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <thread>

#include "shared_cache/status.h"

namespace maglev::txn {

class BackgroundGrower {
 public:
  using Clock = std::chrono::steady_clock;
  explicit BackgroundGrower(std::filesystem::path repo) : repo_(std::move(repo)) {}
  ~BackgroundGrower();
  BackgroundGrower(const BackgroundGrower&) = delete;
  BackgroundGrower& operator=(const BackgroundGrower&) = delete;

  // True while a creation runs or its outcome has not been collected by finish().
  bool busy() const { return thread_.joinable(); }
  // Starts creating the segment of `count` pages at page `first`, to be ready by
  // `deadline`. REQUIRES: !busy().
  void start(uint64_t first, uint64_t count, Clock::time_point deadline);
  // Brings the deadline of the creation in flight forward to `deadline` if that is
  // earlier (it then catches up, at full speed when the time has come); never later.
  void advance_deadline(Clock::time_point deadline) {
    int64_t want = deadline.time_since_epoch().count();
    int64_t cur = deadline_ns_.load(std::memory_order_relaxed);
    while (want < cur && !deadline_ns_.compare_exchange_weak(cur, want, std::memory_order_relaxed)) {
    }
  }
  // Collects a creation's outcome: false while it runs (and `wait` is false) or when
  // none was started; else true, with the segment's descriptor in *fd (to adopt) or the
  // failure in *result.
  bool finish(bool wait, uint64_t* first, uint64_t* count, int* fd, Status* result);

 private:
  std::filesystem::path repo_;
  std::thread thread_;
  std::atomic<bool> done_{false};
  std::atomic<int64_t> deadline_ns_{0};
  uint64_t first_ = 0, count_ = 0;
  int fd_ = -1;
  Status result_;
};

}  // namespace maglev::txn
