// Implements AdaptiveSpin (see adaptive_spin.h).
#include "txn/adaptive_spin.h"

#include <algorithm>

namespace maglev::txn {

bool AdaptiveSpin::should_spin() {
  if (budget_us_ == 0) return false;
  if (credit_ > 0) return true;
  if (++skipped_ < kProbeEvery) return false;
  skipped_ = 0;  // a probe: one spin decides whether to spin again
  return true;
}

void AdaptiveSpin::record(bool hit) {
  credit_ = hit ? std::min(credit_ + 1, kMaxCredit) : credit_ - 2;
  if (credit_ < 0) credit_ = 0;
}

}  // namespace maglev::txn
