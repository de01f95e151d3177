// Tests extent creation, recovery (chain, torn tails, stale pages from a cut tail,
// superblock copies, checkpoints) and both I/O backends on real files.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "txn/extent.h"
#include "txn/io.h"
#include "txn/object_table.h"
#include "txn/page_format.h"
#include "txn/page_reader.h"

#include <map>

namespace maglev::txn {
namespace {

struct ExtentTest : ::testing::TestWithParam<const char*> {
  void SetUp() override {
    char tmpl[] = "/tmp/maglev-unit-ext-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir = tmpl;
    path = dir + "/extent";
    ASSERT_TRUE(create_extent(path, 77).ok());
    fd = ::open(path.c_str(), O_RDWR);
    auto b = IoBackend::make(GetParam(), fd);
    ASSERT_TRUE(b.ok()) << b.status().to_string();
    io = std::move(*b);
    auto r = recover_extent(fd, path);
    ASSERT_TRUE(r.ok());
    st = *r;
    ASSERT_TRUE(io->grow(2 * kPageSize, 1 << 20).ok());
  }
  void TearDown() override {
    io.reset();
    ::close(fd);
    std::system(("rm -rf " + dir).c_str());
  }
  // Appends one batch of `commits` commits through the backend; returns its pages.
  uint64_t append(uint64_t commits, uint32_t data_bytes = 100) {
    BatchPages pages(st.append_page, st.last_batch + 1);
    std::vector<uint8_t> data(data_bytes, uint8_t(st.last_batch));
    uint64_t page;
    uint32_t off;
    pages.append_data(data.data(), data_bytes, &page, &off);
    pages.end_data();
    DiskBatchRecord rec{};
    rec.first_commit = st.last_commit + 1;
    rec.last_commit = st.last_commit + commits;
    rec.first_page = st.append_page;
    rec.page_count = rec.written_pages = pages.pages();
    rec.next_oop = st.next_oop + 1;
    rec.prev_record_checksum = st.record_checksum;
    rec.pages_hash = pages.pages_hash(1, pages.pages());
    rec.time_ns = ++clock;
    pages.seal_record(rec);
    uint64_t rp = st.append_page;
    Status r = io->append(pages.bytes().data(), pages.bytes().size(), st.append_page * kPageSize, true);
    EXPECT_TRUE(r.ok()) << r.to_string();
    st.last_commit = rec.last_commit;
    st.last_batch++;
    st.next_oop = rec.next_oop;
    st.record_page = rp;
    st.record_checksum = page_header(pages.page(0)).checksum;
    st.append_page = rp + pages.pages();
    return pages.pages();
  }
  ExtentState recover() {
    auto r = recover_extent(fd, path);
    EXPECT_TRUE(r.ok()) << r.status().to_string();
    return r.ok() ? *r : ExtentState{};
  }
  // Commits `objects` (oop -> bytes) as one batch the way the stone does: data, commit
  // list and redo delta in the stream, tree pages deferred (kept in `deferred`, not
  // written) unless `write_tree`.
  void commit_objects(const std::map<uint64_t, std::string>& objects, bool write_tree = false) {
    BatchPages pages(st.append_page, st.last_batch + 1);
    TreeBuilder tree(mem, st.root);
    std::vector<DiskDelta> delta;
    for (auto& [oop, bytes] : objects) {
      DiskObjEntry e{oop * 2, 0, 0, static_cast<uint32_t>(bytes.size())};
      pages.append_data(bytes.data(), e.size, &e.page, &e.offset);
      EXPECT_TRUE(tree.set(oop, e).ok());
      delta.push_back(DiskDelta{oop, e});
    }
    DiskBatchRecord rec{};
    uint32_t len = static_cast<uint32_t>(delta.size() * sizeof(DiskDelta));
    pages.append_data(delta.data(), len, &rec.delta_page, &rec.delta_offset);
    rec.delta_length = len;
    pages.end_data();
    TreeRoot root;
    EXPECT_TRUE(tree.finish(pages, &root).ok());
    rec.first_commit = st.last_commit + 1;
    rec.last_commit = st.last_commit + 1;
    rec.first_page = st.append_page;
    rec.page_count = pages.pages();
    rec.written_pages = write_tree ? pages.pages() : pages.stream_pages();
    rec.root_page = root.page;
    rec.tree_height = root.height;
    rec.next_oop = std::max(st.next_oop, objects.rbegin()->first + 1);
    rec.prev_record_checksum = st.record_checksum;
    rec.pages_hash = pages.pages_hash(1, rec.written_pages);
    rec.time_ns = ++clock;
    pages.seal_record(rec);
    for (uint64_t i = 0; i < pages.pages(); ++i)
      mem.pages[pages.first_page() + i].assign(pages.page(i), pages.page(i) + kPageSize);
    ASSERT_TRUE(io->write_now(pages.bytes().data(), rec.written_pages * kPageSize,
                              st.append_page * kPageSize, true).ok());
    st.last_commit = rec.last_commit;
    st.last_batch++;
    st.next_oop = rec.next_oop;
    st.root = root;
    st.record_page = st.append_page;
    st.record_checksum = page_header(pages.page(0)).checksum;
    st.append_page += pages.pages();
  }
  // What the on-disk object table says about `oop` as of `root`.
  std::optional<std::string> get(TreeRoot root, uint64_t oop) {
    CachedExtentReader disk(nullptr, fd, -1, path);
    DiskObjEntry e;
    bool found = false;
    Status s = tree_lookup(disk, root, oop, &e, &found);
    EXPECT_TRUE(s.ok()) << s.to_string();
    if (!found) return std::nullopt;
    std::string bytes(e.size, '\0');
    EXPECT_TRUE(read_stream(disk, e.page, e.offset, e.size, reinterpret_cast<uint8_t*>(bytes.data())).ok());
    return bytes;
  }
  // Every page built so far, deferred ones included (what the stone's cache holds).
  struct MemReader : PageReader {
    Status read(uint64_t page_id, uint32_t offset, void* out, uint32_t len) override {
      std::memcpy(out, payload(pages.at(page_id).data()) + offset, len);
      return Status();
    }
    std::map<uint64_t, std::vector<uint8_t>> pages;
  } mem;
  std::string dir, path;
  int fd = -1;
  std::unique_ptr<IoBackend> io;
  ExtentState st;
  uint64_t clock = 0;
};

TEST_P(ExtentTest, EmptyRepository) {
  ExtentState r = recover();
  EXPECT_EQ(r.repo_id, 77u);
  EXPECT_EQ(r.last_commit, 0u);
  EXPECT_EQ(r.append_page, kFirstBatchPage);
  EXPECT_FALSE(r.torn_tail);
}

TEST_P(ExtentTest, RecoversEveryBatch) {
  for (int i = 0; i < 20; ++i) append(1 + i % 3, 50 + i * 700);
  ExtentState r = recover();
  EXPECT_EQ(r.last_commit, st.last_commit);
  EXPECT_EQ(r.last_batch, 20u);
  EXPECT_EQ(r.append_page, st.append_page);
  EXPECT_EQ(r.batches_scanned, 20u);
}

TEST_P(ExtentTest, TornTailAtEveryByteBoundaryOfTheLastBatch) {
  for (int i = 0; i < 3; ++i) append(1);
  ExtentState before = st;
  append(2, 3 * kPayloadSize);  // 4 data pages + record
  uint64_t end = st.append_page * kPageSize;
  std::vector<uint8_t> saved(end - before.append_page * kPageSize);
  ASSERT_EQ(::pread(fd, saved.data(), saved.size(), off_t(before.append_page * kPageSize)), ssize_t(saved.size()));
  for (uint64_t cut = before.append_page * kPageSize; cut < end; cut += 1531) {
    ASSERT_EQ(::ftruncate(fd, off_t(cut)), 0);
    ExtentState r = recover();
    EXPECT_EQ(r.last_commit, before.last_commit) << cut;
    EXPECT_EQ(r.append_page, before.append_page);
    ASSERT_EQ(::pwrite(fd, saved.data(), saved.size(), off_t(before.append_page * kPageSize)), ssize_t(saved.size()));
  }
  EXPECT_EQ(recover().last_commit, st.last_commit);
}

TEST_P(ExtentTest, StalePagesOfACutTailNeverJoinTheNewChain) {
  append(1);
  ExtentState base = st;
  append(1, 2 * kPayloadSize);  // batch 2 (3 pages + record)
  append(1);                    // batch 3
  // Tear batch 2 (zero its first page): recovery ends at batch 1.
  std::vector<uint8_t> zero(kPageSize, 0);
  ASSERT_EQ(::pwrite(fd, zero.data(), kPageSize, off_t(base.append_page * kPageSize)), ssize_t(kPageSize));
  ExtentState r = recover();
  EXPECT_EQ(r.last_commit, base.last_commit);
  EXPECT_TRUE(r.torn_tail);
  // A new batch 2 of the same size lands exactly where the old batch 3 begins after it.
  st = r;
  append(1, 2 * kPayloadSize);
  ExtentState again = recover();
  EXPECT_EQ(again.last_commit, st.last_commit);  // old batch 3 (same numbers) not accepted
  EXPECT_EQ(again.last_batch, 2u);
}

TEST_P(ExtentTest, CheckpointBoundsTheScanAndSurvivesATornSuperblockCopy) {
  for (int i = 0; i < 10; ++i) append(1);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  for (int i = 0; i < 3; ++i) append(1);
  ExtentState r = recover();
  EXPECT_EQ(r.batches_scanned, 3u);
  EXPECT_EQ(r.last_commit, st.last_commit);
  // Damage the newest superblock copy: the older copy (no checkpoint) still works.
  uint8_t b;
  off_t at = off_t((st.sb_generation % 2) * kPageSize + 100);
  ASSERT_EQ(::pread(fd, &b, 1, at), 1);
  b ^= 1;
  ASSERT_EQ(::pwrite(fd, &b, 1, at), 1);
  ExtentState r2 = recover();
  EXPECT_EQ(r2.last_commit, st.last_commit);
  EXPECT_EQ(r2.batches_scanned, 13u);
}

TEST_P(ExtentTest, CheckpointedBatchMustVerify) {
  for (int i = 0; i < 3; ++i) append(1);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  uint8_t b = 0xff;
  ASSERT_EQ(::pwrite(fd, &b, 1, off_t(st.record_page * kPageSize + 300)), 1);
  auto r = recover_extent(fd, path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("checkpointed batch does not verify"), std::string::npos);
}

TEST_P(ExtentTest, DeferredTreePagesAreRebuiltFromTheDeltas) {
  commit_objects({{1, "one"}, {2, "two"}}, true);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  commit_objects({{2, "TWO"}, {3, "three"}});
  commit_objects({{4, std::string(5000, 'f')}, {400, "far"}});  // spans a data page
  commit_objects({{1, "uno"}});
  ExtentState r = recover();
  EXPECT_EQ(r.last_commit, st.last_commit);
  EXPECT_EQ(r.batches_scanned, 3u);
  EXPECT_TRUE(r.tree_deferred);
  EXPECT_EQ(r.deltas.size(), 5u);
  EXPECT_EQ(r.append_page, st.append_page);
  ASSERT_TRUE(rebuild_object_table(*io, path, &r).ok());
  EXPECT_FALSE(r.tree_deferred);
  EXPECT_EQ(get(r.root, 1), "uno");
  EXPECT_EQ(get(r.root, 2), "TWO");
  EXPECT_EQ(get(r.root, 3), "three");
  EXPECT_EQ(get(r.root, 4), std::string(5000, 'f'));
  EXPECT_EQ(get(r.root, 400), "far");
  EXPECT_EQ(get(r.root, 5), std::nullopt);
  // The rebuilt table is checkpointed: the next recovery scans nothing and rebuilds nothing.
  ExtentState again = recover();
  EXPECT_EQ(again.batches_scanned, 0u);
  EXPECT_FALSE(again.tree_deferred);
  EXPECT_EQ(again.last_commit, st.last_commit);
  EXPECT_EQ(again.root.page, r.root.page);
  EXPECT_EQ(get(again.root, 1), "uno");
}

TEST_P(ExtentTest, ATornDeltaRecordTakesOnlyItsOwnBatchOut) {
  commit_objects({{1, "one"}}, true);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  commit_objects({{2, "two"}});
  uint64_t torn = st.append_page;
  commit_objects({{1, "ONE"}, {3, "three"}});
  // A flipped bit in the redo delta of the newest batch (inside its record page).
  uint8_t b;
  off_t at = off_t(torn * kPageSize + sizeof(DiskPageHeader) + kRecordStreamStart + 20);
  ASSERT_EQ(::pread(fd, &b, 1, at), 1);
  b ^= 4;
  ASSERT_EQ(::pwrite(fd, &b, 1, at), 1);
  ExtentState r = recover();
  EXPECT_EQ(r.last_commit, st.last_commit - 1);
  EXPECT_EQ(r.append_page, torn);
  EXPECT_TRUE(r.torn_tail);
  ASSERT_TRUE(rebuild_object_table(*io, path, &r).ok());
  EXPECT_EQ(get(r.root, 1), "one");
  EXPECT_EQ(get(r.root, 2), "two");
  EXPECT_EQ(get(r.root, 3), std::nullopt);
}

TEST_P(ExtentTest, ACrashInsideTheRebuildIsRecoveredAgain) {
  commit_objects({{1, "one"}}, true);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  ExtentState checkpointed = st;
  commit_objects({{2, "two"}});
  ExtentState r = recover();
  ASSERT_TRUE(rebuild_object_table(*io, path, &r).ok());
  // As if the crash came between the rebuilt batch and the superblock naming it: a newer
  // superblock names the old checkpoint again, the rebuilt batch is one more past it.
  checkpointed.sb_generation = r.sb_generation;
  ASSERT_TRUE(write_checkpoint(*io, &checkpointed).ok());
  ExtentState again = recover();
  EXPECT_EQ(again.batches_scanned, 2u);  // batch 2 and the rebuilt one
  EXPECT_TRUE(again.tree_deferred);
  EXPECT_EQ(again.deltas.size(), 1u);
  ASSERT_TRUE(rebuild_object_table(*io, path, &again).ok());
  EXPECT_EQ(get(again.root, 1), "one");
  EXPECT_EQ(get(again.root, 2), "two");
}

TEST_P(ExtentTest, GrowFailsCleanlyWithInjectedNoSpace) {
  std::string limit = dir + "/limit";
  FILE* f = std::fopen(limit.c_str(), "w");
  std::fprintf(f, "%d\n", 2 << 20);
  std::fclose(f);
  ::setenv("MAGLEV_TEST_DISK_LIMIT_FILE", limit.c_str(), 1);
  Status s = io->grow(1 << 20, 4 << 20);
  ::unsetenv("MAGLEV_TEST_DISK_LIMIT_FILE");
  EXPECT_EQ(s.code(), Errc::kNoSpace);
  EXPECT_NE(s.message().find("No space left on device"), std::string::npos);
  EXPECT_TRUE(io->grow(1 << 20, 2 << 20).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, ExtentTest, ::testing::Values("pwrite", "uring", "uring-direct"));

}  // namespace
}  // namespace maglev::txn
