// Tests the page format (sealing, verification, every kind of damage) and the
// object table and data stream against real extent files.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <random>

#include "txn/object_table.h"
#include "txn/page_format.h"
#include "txn/page_reader.h"
#include "scratch_extent.h"

namespace maglev::txn {
namespace {

TEST(PageFormat, SealedPageVerifiesAndEveryBitFlipIsCaught) {
  std::vector<uint8_t> p(kPageSize, 0);
  std::memset(payload(p.data()), 0x5a, 100);
  seal_page(p.data(), PageKind::kData, 9, 3, 100);
  EXPECT_TRUE(verify_page(p.data(), 9).ok());
  EXPECT_EQ(verify_page(p.data(), 10).code(), Errc::kCorrupt);  // misplaced
  for (uint32_t bit = 0; bit < kPageSize * 8; bit += 97) {
    p[bit / 8] ^= uint8_t(1 << (bit % 8));
    EXPECT_FALSE(verify_page(p.data(), 9).ok()) << bit;
    p[bit / 8] ^= uint8_t(1 << (bit % 8));
  }
  std::vector<uint8_t> zero(kPageSize, 0);
  EXPECT_FALSE(verify_page(zero.data(), 0).ok());
}

TEST(PageFormat, Geometry) {
  EXPECT_EQ(kLeafEntries, 168u);
  EXPECT_EQ(kInteriorFanout, 506u);
  EXPECT_EQ(tree_capacity(0), 168u);
  EXPECT_EQ(tree_capacity(2), 168ull * 506 * 506);
}

// Writes batches to real extent files and reads them back through CachedExtentReader.
struct TreeFile : ::testing::Test {
  void SetUp() override {
    reader = std::make_unique<CachedExtentReader>(nullptr, scratch.files.get(), -1, scratch.dir);
  }
  // Commits `objects` as one batch on top of `root`.
  TreeRoot commit(TreeRoot root, const std::map<uint64_t, std::string>& objects) {
    BatchPages pages(next_page, ++batch);
    TreeBuilder tree(*reader, root);
    for (auto& [oop, bytes] : objects) {
      DiskObjEntry e{oop * 2, 0, 0, static_cast<uint32_t>(bytes.size())};
      pages.append_data(bytes.data(), e.size, &e.page, &e.offset);
      EXPECT_TRUE(tree.set(oop, e).ok());
    }
    pages.end_data();
    TreeRoot out;
    EXPECT_TRUE(tree.finish(pages, &out).ok());
    pages.seal_record(DiskBatchRecord{});
    std::vector<int> touched;
    EXPECT_TRUE(scratch.files->write(pages.bytes().data(), pages.bytes().size(), next_page * kPageSize, &touched).ok());
    next_page += pages.pages();
    return out;
  }
  std::optional<std::string> get(TreeRoot root, uint64_t oop) {
    DiskObjEntry e;
    bool found = false;
    EXPECT_TRUE(tree_lookup(*reader, root, oop, &e, &found).ok());
    if (!found) return std::nullopt;
    EXPECT_EQ(e.class_id, oop * 2);
    std::string s(e.size, '\0');
    EXPECT_TRUE(read_stream(*reader, e.page, e.offset, e.size, reinterpret_cast<uint8_t*>(s.data())).ok());
    return s;
  }
  ScratchExtent scratch{true, {1 << 16}};  // sparse
  std::unique_ptr<CachedExtentReader> reader;
  uint64_t next_page = kFirstBatchPage, batch = 0;
};

TEST_F(TreeFile, SnapshotsSeeTheirOwnVersions) {
  TreeRoot r1 = commit(TreeRoot{}, {{1, "one"}, {2, "two"}});
  TreeRoot r2 = commit(r1, {{2, "TWO"}, {3, "three"}});
  EXPECT_EQ(get(r1, 1), "one");
  EXPECT_EQ(get(r1, 2), "two");
  EXPECT_EQ(get(r1, 3), std::nullopt);
  EXPECT_EQ(get(r2, 1), "one");
  EXPECT_EQ(get(r2, 2), "TWO");
  EXPECT_EQ(get(r2, 3), "three");
  EXPECT_EQ(get(TreeRoot{}, 1), std::nullopt);
}

TEST_F(TreeFile, GrowsThroughSeveralLevelsAndKeepsOldObjects) {
  TreeRoot r = commit(TreeRoot{}, {{5, "five"}});
  EXPECT_EQ(r.height, 0u);
  uint64_t far = tree_capacity(2) + 12345;  // needs height 3
  r = commit(r, {{200, "two hundred"}, {far, "far"}});
  EXPECT_EQ(r.height, 3u);
  EXPECT_EQ(get(r, 5), "five");
  EXPECT_EQ(get(r, 200), "two hundred");
  EXPECT_EQ(get(r, far), "far");
  EXPECT_EQ(get(r, far - 1), std::nullopt);
  EXPECT_EQ(get(r, tree_capacity(3) + 5), std::nullopt);
}

TEST_F(TreeFile, ObjectsSpanPagesAndEmptyObjectsExist) {
  std::string big(3 * kPayloadSize + 77, 'x');
  for (size_t i = 0; i < big.size(); ++i) big[i] = char('a' + i % 26);
  TreeRoot r = commit(TreeRoot{}, {{1, "a"}, {2, big}, {3, ""}, {4, "after"}});
  EXPECT_EQ(get(r, 2), big);
  EXPECT_EQ(get(r, 3), std::string());
  EXPECT_EQ(get(r, 4), "after");
}

TEST_F(TreeFile, RandomizedAgainstAMap) {
  std::mt19937_64 rng(7);
  std::map<uint64_t, std::string> model;
  TreeRoot r;
  std::vector<std::pair<TreeRoot, std::map<uint64_t, std::string>>> history;
  for (int b = 0; b < 30; ++b) {
    std::map<uint64_t, std::string> batch;
    for (int i = 0; i < 40; ++i) {
      uint64_t oop = 1 + rng() % 5000;
      batch[oop] = std::string(rng() % 300, char('A' + rng() % 26));
    }
    r = commit(r, batch);
    for (auto& [k, v] : batch) model[k] = v;
    history.emplace_back(r, model);
  }
  for (auto& [root, m] : history)
    for (uint64_t oop = 1; oop <= 5000; oop += 7) {
      auto it = m.find(oop);
      EXPECT_EQ(get(root, oop), it == m.end() ? std::nullopt : std::optional<std::string>(it->second));
    }
}

TEST_F(TreeFile, CorruptPageIsAnErrorNamingPageAndRepository) {
  TreeRoot r = commit(TreeRoot{}, {{1, "one"}});
  scratch.flip_bit(kFirstBatchPage * kPageSize + 60, 2);
  DiskObjEntry e;
  bool found = false;
  ASSERT_TRUE(tree_lookup(*reader, r, 1, &e, &found).ok());  // tree page is intact
  std::string s(3, '\0');
  Status st = read_stream(*reader, e.page, e.offset, 3, reinterpret_cast<uint8_t*>(s.data()));
  EXPECT_EQ(st.code(), Errc::kCorrupt);
  EXPECT_NE(st.message().find("page 2 "), std::string::npos) << st.message();
  EXPECT_NE(st.message().find(scratch.dir), std::string::npos) << st.message();
  EXPECT_EQ(s, std::string(3, '\0'));  // nothing wrong returned as data
}

}  // namespace
}  // namespace maglev::txn
