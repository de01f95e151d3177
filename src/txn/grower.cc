// Implements BackgroundGrower (see grower.h): one thread per segment.
#include "txn/grower.h"

#include <unistd.h>

#include "txn/cpu_placement.h"
#include "txn/extent_files.h"
#include "txn/sched_slice.h"

namespace maglev::txn {

BackgroundGrower::~BackgroundGrower() {
  if (thread_.joinable()) thread_.join();
  if (fd_ >= 0) ::close(fd_);  // made and never collected
}

void BackgroundGrower::start(uint64_t first, uint64_t count, Clock::time_point deadline) {
  first_ = first;
  count_ = count;
  fd_ = -1;
  deadline_ns_.store(deadline.time_since_epoch().count(), std::memory_order_relaxed);
  done_.store(false, std::memory_order_relaxed);
  thread_ = std::thread([this] {
    (void)set_sched_slice(0);  // bulk writing: the default slice, not the stone's short one
    unpin_thread();            // and any CPU, not the one the stone keeps for commits
    const Clock::time_point began = Clock::now();
    // Each MiB is due at its share of the time to the deadline (re-read while waiting).
    auto pace = [&](uint64_t written, uint64_t total) {
      for (;;) {
        auto deadline = Clock::time_point(Clock::duration(deadline_ns_.load(std::memory_order_relaxed)));
        double share = static_cast<double>(written) / static_cast<double>(total);
        auto due = began + std::chrono::duration_cast<Clock::duration>((deadline - began) * share);
        auto now = Clock::now();
        if (now >= due) return;
        std::this_thread::sleep_for(std::min<Clock::duration>(due - now, std::chrono::milliseconds(2)));
      }
    };
    auto r = ExtentFiles::create_segment(repo_, first_, count_, pace);
    if (r.ok()) {
      fd_ = *r;
      result_ = Status();
    } else {
      result_ = r.status();
    }
    done_.store(true, std::memory_order_release);
  });
}

bool BackgroundGrower::finish(bool wait, uint64_t* first, uint64_t* count, int* fd, Status* result) {
  if (!thread_.joinable()) return false;
  if (!wait && !done_.load(std::memory_order_acquire)) return false;
  thread_.join();
  *first = first_;
  *count = count_;
  *fd = fd_;
  *result = result_;
  fd_ = -1;
  return true;
}

}  // namespace maglev::txn
