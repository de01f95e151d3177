// Tests AdaptiveSpin's policy: spins while spins catch their event, backs off after
// misses to occasional probes, and a caught probe turns spinning back on.
#include <gtest/gtest.h>

#include "txn/adaptive_spin.h"

namespace maglev::txn {
namespace {

int spins_in(AdaptiveSpin& s, int waits) {
  int n = 0;
  for (int i = 0; i < waits; ++i) n += s.should_spin();
  return n;
}

TEST(AdaptiveSpin, ZeroBudgetNeverSpins) {
  AdaptiveSpin s(0);
  EXPECT_EQ(spins_in(s, 1000), 0);
}

TEST(AdaptiveSpin, SpinsWhileSpinsHit) {
  AdaptiveSpin s(50);
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(s.should_spin());
    s.record(true);
  }
}

TEST(AdaptiveSpin, BacksOffAfterMissesAndProbes) {
  AdaptiveSpin s(50);
  int misses = 0;
  while (s.should_spin()) {
    s.record(false);
    ++misses;
  }
  EXPECT_GT(misses, 0);
  EXPECT_LE(misses, 8);
  // Backing off: one probe per 64 waits.
  int probes = spins_in(s, 64 * 10);
  EXPECT_EQ(probes, 10);
}

TEST(AdaptiveSpin, ACaughtProbeTurnsSpinningBackOn) {
  AdaptiveSpin s(50);
  while (s.should_spin()) s.record(false);
  while (!s.should_spin()) {
  }
  s.record(true);
  EXPECT_TRUE(s.should_spin());
  s.record(true);
  EXPECT_TRUE(s.should_spin());
}

}  // namespace
}  // namespace maglev::txn
