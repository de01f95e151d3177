// Tests the shared segment: creation and attach checks, publications, sessions, the
// page cache (hits, eviction by the clock, pinning) and reclaiming a dead session.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "shared_cache/shared_cache.h"

namespace maglev::shared_cache {
namespace {

std::string test_name() { return "maglev-unit-" + std::to_string(::getpid()); }

struct SegmentTest : ::testing::Test {
  void SetUp() override {
    Segment::remove(test_name());
    SegmentConfig c;
    c.frame_count = 64;
    c.session_count = 8;
    c.ring_size = 8;
    auto s = Segment::create(test_name(), c);
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    seg = std::move(*s);
  }
  void TearDown() override { Segment::remove(test_name()); }
  std::vector<uint8_t> page(uint8_t fill) { return std::vector<uint8_t>(4096, fill); }
  std::unique_ptr<Segment> seg;
};

TEST_F(SegmentTest, CreatedMode0600AndRefusesSecondCreate) {
  struct stat st;
  ASSERT_EQ(::stat(("/dev/shm/" + test_name()).c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto again = Segment::create(test_name(), SegmentConfig{});
  EXPECT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), Errc::kBusy);
}

TEST_F(SegmentTest, AttachRefusesOtherLayout) {
  auto a = Segment::attach(test_name(), true);
  ASSERT_TRUE(a.ok());
  seg->header().layout_version = kShmLayoutVersion + 1;
  auto b = Segment::attach(test_name(), true);
  EXPECT_EQ(b.status().code(), Errc::kMismatch);
  seg->header().layout_version = kShmLayoutVersion;
  seg->header().magic = 0;
  EXPECT_EQ(Segment::attach(test_name(), true).status().code(), Errc::kMismatch);
  seg->header().magic = kShmMagic;
  EXPECT_EQ(Segment::attach("maglev-unit-none", true).status().code(), Errc::kNotFound);
}

TEST_F(SegmentTest, PublicationsAreSeenInOrderAndExpireFromTheRing) {
  EXPECT_EQ(seg->newest().seq, 0u);
  for (uint64_t i = 1; i <= 20; ++i) {
    Publication p;
    p.first_commit = p.last_commit = i * 10;
    p.root_page = 100 + i;
    seg->publish(p);
    auto other = Segment::attach(test_name(), true);
    ASSERT_TRUE(other.ok());
    Publication n = (*other)->newest();
    EXPECT_EQ(n.seq, i);
    EXPECT_EQ(n.last_commit, i * 10);
    EXPECT_EQ(n.root_page, 100 + i);
  }
  Publication p;
  EXPECT_TRUE(seg->publication(20, &p));
  EXPECT_TRUE(seg->publication(13, &p));
  EXPECT_FALSE(seg->publication(12, &p));  // overwritten: ring of 8
  EXPECT_FALSE(seg->publication(21, &p));
}

TEST_F(SegmentTest, CacheHitsCopyTheRightBytes) {
  auto a = page(0xab);
  a[100] = 7;
  ASSERT_GE(seg->install(42, a.data(), -1, false), 0);
  uint8_t out[4] = {};
  EXPECT_TRUE(seg->read_cached(42, 99, out, 3, -1));
  EXPECT_EQ(out[0], 0xab);
  EXPECT_EQ(out[1], 7);
  EXPECT_FALSE(seg->read_cached(43, 0, out, 1, -1));
  EXPECT_EQ(seg->frames_in_use(), 1u);
}

TEST_F(SegmentTest, ClockEvictsUnpinnedFramesOnly) {
  std::vector<int32_t> pinned;
  for (uint64_t p = 1; p <= 32; ++p) pinned.push_back(seg->install(p, page(uint8_t(p)).data(), -1, true));
  for (uint64_t p = 100; p < 400; ++p) ASSERT_GE(seg->install(p, page(uint8_t(p)).data(), -1, false), 0);
  uint8_t b;
  for (uint64_t p = 1; p <= 32; ++p) {  // pinned pages survived 300 installs into 64 frames
    ASSERT_TRUE(seg->read_cached(p, 0, &b, 1, -1)) << p;
    EXPECT_EQ(b, uint8_t(p));
  }
  EXPECT_FALSE(seg->read_cached(100, 0, &b, 1, -1));  // evicted
  EXPECT_GT(seg->stats().evictions.value.load(), 200u);
  for (uint64_t p = 1; p <= 32; ++p) seg->unpin(pinned[p - 1], p);
  for (uint64_t p = 1000; p < 1300; ++p) seg->install(p, page(1).data(), -1, false);
  int still = 0;
  for (uint64_t p = 1; p <= 32; ++p) still += seg->read_cached(p, 0, &b, 1, -1);
  EXPECT_LT(still, 32);
}

TEST_F(SegmentTest, AllFramesPinnedMeansInstallFailsInsteadOfWaiting) {
  for (uint64_t p = 1; p <= 64; ++p) seg->install(p, page(1).data(), -1, true);
  EXPECT_EQ(seg->install(999, page(2).data(), -1, false), -1);
}

TEST_F(SegmentTest, SessionsAreClaimedAndReclaimed) {
  int32_t a = seg->claim_session(111, 1, 5);
  int32_t b = seg->claim_session(222, 2, 5);
  ASSERT_GE(a, 0);
  ASSERT_GE(b, 0);
  EXPECT_NE(a, b);
  seg->session(a).hits.store(10);
  seg->session(a).lookups.store(12);
  seg->reclaim_session(a);
  EXPECT_EQ(seg->session(a).state.load(), kSessionFree);
  EXPECT_EQ(seg->stats().hits.value.load(), 10u);
  EXPECT_EQ(seg->stats().misses.value.load(), 2u);
  for (int i = 0; i < 7; ++i) EXPECT_GE(seg->claim_session(300 + i, 10 + i, 0), 0);
  EXPECT_EQ(seg->claim_session(999, 99, 0), -1);  // 8 slots
}

TEST_F(SegmentTest, ReclaimFreesFramesADeadSessionLeftBusy) {
  int32_t slot = seg->claim_session(123, 1, 0);
  int32_t f = seg->install(7, page(3).data(), slot, false);
  ASSERT_GE(f, 0);
  // Simulate death between claiming a frame and publishing it: state busy, owner slot.
  ShmFrame* frames = reinterpret_cast<ShmFrame*>(reinterpret_cast<uint8_t*>(&seg->header()) +
                                                 seg->header().frame_meta_offset);
  frames[f].state.store(kFrameBusy | (uint64_t(slot) + 1) | (5 * kFrameVersionOne));
  uint8_t b;
  EXPECT_FALSE(seg->read_cached(7, 0, &b, 1, -1));
  seg->reclaim_session(static_cast<uint32_t>(slot));
  EXPECT_EQ(frames[f].state.load() & (kFrameBusy | kFrameValid), 0u);
  // The frame is usable again.
  for (uint64_t p = 10; p < 10 + 64; ++p) seg->install(p, page(4).data(), -1, false);
  EXPECT_EQ(seg->frames_in_use(), 64u);
}

}  // namespace
}  // namespace maglev::shared_cache
