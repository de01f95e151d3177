// OopMap (src/vm/persist/oop_map.h) against std::unordered_map under random puts and
// erases, including the backward shift of erase across the end of the table.
#include "vm/persist/oop_map.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

namespace maglev::vm::persist {
namespace {

RBasic* fake(uint64_t n) { return reinterpret_cast<RBasic*>((n + 1) * 16); }

TEST(OopMap, EmptyHasNothing) {
  OopMap m;
  EXPECT_EQ(m.get(1), nullptr);
  m.erase(1);
  EXPECT_EQ(m.size(), 0u);
}

TEST(OopMap, AgreesWithUnorderedMap) {
  OopMap m;
  std::unordered_map<uint64_t, RBasic*> ref;
  std::mt19937_64 rng(42);
  for (int step = 0; step < 200000; ++step) {
    uint64_t oop = rng() % 5000 + 1;   // small range: many collisions, hits and erases
    if (rng() % 3 == 0) {
      m.erase(oop);
      ref.erase(oop);
    } else {
      m.put(oop, fake(step));
      ref[oop] = fake(step);
    }
    if (step % 997 == 0) {
      ASSERT_EQ(m.size(), ref.size());
      for (uint64_t k = 1; k <= 5000; ++k) {
        auto it = ref.find(k);
        ASSERT_EQ(m.get(k), it == ref.end() ? nullptr : it->second) << "oop " << k;
      }
    }
  }
  size_t seen = 0;
  m.for_each([&](uint64_t oop, RBasic* o) {
    ++seen;
    EXPECT_EQ(ref.at(oop), o);
  });
  EXPECT_EQ(seen, ref.size());
}

TEST(OopMap, AscendingIdsAndEraseAll) {
  OopMap m;
  for (uint64_t i = 1; i <= 100000; ++i) m.put(i, fake(i));
  EXPECT_EQ(m.size(), 100000u);
  for (uint64_t i = 1; i <= 100000; i += 2) m.erase(i);
  for (uint64_t i = 1; i <= 100000; ++i) ASSERT_EQ(m.get(i), i % 2 ? nullptr : fake(i));
  for (uint64_t i = 2; i <= 100000; i += 2) m.erase(i);
  EXPECT_EQ(m.size(), 0u);
}

}  // namespace
}  // namespace maglev::vm::persist
