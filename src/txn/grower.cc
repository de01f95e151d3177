// Implements BackgroundGrower (see grower.h): one thread per growth step.
#include "txn/grower.h"

#include "txn/cpu_placement.h"
#include "txn/sched_slice.h"

namespace maglev::txn {

BackgroundGrower::~BackgroundGrower() {
  if (thread_.joinable()) thread_.join();
}

void BackgroundGrower::start(uint64_t from, uint64_t to) {
  from_ = from;
  to_ = to;
  done_.store(false, std::memory_order_relaxed);
  thread_ = std::thread([this] {
    (void)set_sched_slice(0);  // bulk writing: the default slice, not the stone's short one
    unpin_thread();            // and any CPU, not the one the stone keeps for commits
    result_ = io_.grow(from_, to_);
    done_.store(true, std::memory_order_release);
  });
}

bool BackgroundGrower::finish(bool wait, uint64_t* size, Status* result) {
  if (!thread_.joinable()) return false;
  if (!wait && !done_.load(std::memory_order_acquire)) return false;
  thread_.join();
  *result = result_;
  *size = result_.ok() ? to_ : from_;
  return true;
}

}  // namespace maglev::txn
