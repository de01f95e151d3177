// Adaptive spinning before blocking: when a wait usually ends within microseconds (the
// stone waiting for the next request of the one or two sessions it just acknowledged),
// polling for a short while saves the sleep and the wake-up, which on this kind of
// guest costs tens of microseconds. AdaptiveSpin decides whether a wait spins: while
// spins keep catching their event it spins every time; after misses it backs off and
// only probes now and then, so that a CPU-starved machine (where the spinner takes the
// CPU the awaited process needs) stops spinning by itself. Single-threaded.
#pragma once

#include <cstdint>

namespace maglev::txn {

// One iteration's pause in a polling loop (lets the sibling hyperthread run).
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

class AdaptiveSpin {
 public:
  // `budget_us` == 0 disables spinning.
  explicit AdaptiveSpin(uint32_t budget_us) : budget_us_(budget_us) {}
  uint32_t budget_us() const { return budget_us_; }
  // Whether the next wait spins (counts the waits while backing off).
  bool should_spin();
  // The outcome of a spin: its event came within the budget or not.
  void record(bool hit);

 private:
  static constexpr int kMaxCredit = 8;
  static constexpr uint32_t kProbeEvery = 64;
  uint32_t budget_us_;
  int credit_ = kMaxCredit;
  uint32_t skipped_ = 0;
};

}  // namespace maglev::txn
