// Tests extent creation, recovery (chain, torn tails, stale pages from a cut tail,
// superblock copies, checkpoints, batches across segments), segment files, and both I/O
// backends on real files.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "txn/extent.h"
#include "txn/io.h"
#include "txn/object_table.h"
#include "txn/page_format.h"
#include "txn/page_reader.h"
#include "scratch_extent.h"

#include <map>

namespace maglev::txn {
namespace {

struct ExtentTest : ::testing::TestWithParam<const char*> {
  void SetUp() override { make({254}); }
  // A fresh extent with segments of these sizes (pages) after the superblocks.
  void make(std::vector<uint64_t> segments) {
    io.reset();
    scratch = std::make_unique<ScratchExtent>(true, std::move(segments));
    path = scratch->dir;
    auto b = IoBackend::make(GetParam(), *scratch->files);
    ASSERT_TRUE(b.ok()) << b.status().to_string();
    io = std::move(*b);
    st = recover();
    clock = 0;
  }
  void TearDown() override {
    io.reset();
    scratch.reset();
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
  // Recovery through a fresh read-only opener (it sees the files as they are now).
  ExtentState recover() {
    auto f = ExtentFiles::open(path, false);
    EXPECT_TRUE(f.ok());
    auto r = recover_extent(**f, path);
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
    CachedExtentReader disk(nullptr, scratch->files.get(), -1, path);
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
  std::unique_ptr<ScratchExtent> scratch;
  std::string path;  // the repository directory
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
  ASSERT_EQ(scratch->raw_pread(saved.data(), saved.size(), before.append_page * kPageSize), ssize_t(saved.size()));
  for (uint64_t cut = before.append_page * kPageSize; cut < end; cut += 1531) {
    auto [file, at] = scratch->file_of(cut);
    ASSERT_EQ(::truncate(file.c_str(), off_t(at)), 0);
    ExtentState r = recover();
    EXPECT_EQ(r.last_commit, before.last_commit) << cut;
    EXPECT_EQ(r.append_page, before.append_page);
    ASSERT_EQ(scratch->raw_pwrite(saved.data(), saved.size(), before.append_page * kPageSize), ssize_t(saved.size()));
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
  ASSERT_EQ(scratch->raw_pwrite(zero.data(), kPageSize, base.append_page * kPageSize), ssize_t(kPageSize));
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
  scratch->flip_bit((st.sb_generation % 2) * kPageSize + 100, 0);
  ExtentState r2 = recover();
  EXPECT_EQ(r2.last_commit, st.last_commit);
  EXPECT_EQ(r2.batches_scanned, 13u);
}

TEST_P(ExtentTest, CheckpointedBatchMustVerify) {
  for (int i = 0; i < 3; ++i) append(1);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  uint8_t b = 0xff;
  ASSERT_EQ(scratch->raw_pwrite(&b, 1, st.record_page * kPageSize + 300), 1);
  auto r = recover_extent(*scratch->files, path);
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
  scratch->flip_bit(torn * kPageSize + sizeof(DiskPageHeader) + kRecordStreamStart + 20, 2);
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

TEST_P(ExtentTest, BatchesAcrossSegmentBoundariesAreRecovered) {
  make({3, 1, 5, 2, 64});  // small segments: most batches straddle one or two boundaries
  for (int i = 0; i < 12; ++i) append(1 + i % 2, 100 + i * 1500);
  ExtentState r = recover();
  EXPECT_EQ(r.last_commit, st.last_commit);
  EXPECT_EQ(r.last_batch, 12u);
  EXPECT_EQ(r.append_page, st.append_page);
  EXPECT_EQ(r.extent_pages, 2u + 3 + 1 + 5 + 2 + 64);
  EXPECT_FALSE(r.torn_tail);
  // A flipped bit in a page of the third batch (wherever it lies) ends recovery before it.
  ExtentState two;
  make({3, 1, 5, 2, 64});
  append(1, 2 * kPayloadSize);
  append(1, 2 * kPayloadSize);
  two = st;
  append(1, 2 * kPayloadSize);
  append(1);
  scratch->flip_bit((two.append_page + 2) * kPageSize + 500, 1);
  r = recover();
  EXPECT_EQ(r.last_commit, two.last_commit);
  EXPECT_EQ(r.append_page, two.append_page);
  EXPECT_TRUE(r.torn_tail);
}

TEST_P(ExtentTest, DeferredTreeRebuildAddsASegmentWhenTheExtentIsFull) {
  make({16});
  commit_objects({{1, "one"}}, true);
  ASSERT_TRUE(write_checkpoint(*io, &st).ok());
  for (int i = 0; i < 3; ++i) commit_objects({{uint64_t(2 + i), std::string(3000, char('a' + i))}});
  ExtentState r = recover();
  ASSERT_TRUE(r.tree_deferred);
  const uint64_t tail = r.append_page;
  r.extent_pages = tail;  // as if the last segment ended right after the tail
  auto [file, at] = scratch->file_of(r.append_page * kPageSize);
  ASSERT_EQ(::truncate(file.c_str(), off_t(at)), 0);
  scratch->reopen();
  auto b = IoBackend::make(GetParam(), *scratch->files);
  ASSERT_TRUE(b.ok());
  io = std::move(*b);
  ASSERT_TRUE(rebuild_object_table(*io, path, &r).ok());
  EXPECT_EQ(::access((path + "/" + segment_file_name(tail)).c_str(), F_OK), 0);
  EXPECT_EQ(r.extent_pages, r.append_page);  // a segment just as large as the rebuilt batch
  EXPECT_EQ(get(r.root, 1), "one");
  EXPECT_EQ(get(r.root, 4), std::string(3000, 'c'));
  ExtentState again = recover();
  EXPECT_EQ(again.batches_scanned, 0u);
  EXPECT_EQ(again.extent_pages, r.extent_pages);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExtentTest, ::testing::Values("pwrite", "uring"));

// --- segment files --------------------------------------------------------------------

std::string write_limit(const std::string& dir, uint64_t bytes) {
  std::string limit = dir + "/limit";
  FILE* f = std::fopen(limit.c_str(), "w");
  std::fprintf(f, "%llu\n", static_cast<unsigned long long>(bytes));
  std::fclose(f);
  return limit;
}

TEST(ExtentFiles, ASegmentIsCreatedWholeAndNamedOnlyOnceWritten) {
  ScratchExtent s(true, {});
  EXPECT_EQ(s.files->pages(), 2u);
  auto fd = ExtentFiles::create_segment(s.dir, 2, 300);
  ASSERT_TRUE(fd.ok()) << fd.status().to_string();
  struct stat st;
  ASSERT_EQ(::stat((s.dir + "/extent.000000000002").c_str(), &st), 0);
  EXPECT_EQ(uint64_t(st.st_size), 300 * kPageSize);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_NE(::access((s.dir + "/extent.000000000002.new").c_str(), F_OK), 0);
  s.files->adopt(2, 300, *fd);
  EXPECT_EQ(s.files->pages(), 302u);
  std::vector<uint8_t> page(kPageSize, 0x5a), back(kPageSize);
  std::vector<int> touched;
  ASSERT_TRUE(s.files->write(page.data(), kPageSize, 301 * kPageSize, &touched).ok());
  EXPECT_EQ(touched, std::vector<int>{*fd});
  size_t got = 0;
  ASSERT_TRUE(s.files->read(301 * kPageSize, back.data(), kPageSize, &got).ok());
  EXPECT_EQ(got, kPageSize);
  EXPECT_EQ(back, page);
  // Beyond the end: a short read, and a write that fails.
  ASSERT_TRUE(s.files->read(301 * kPageSize, back.data(), kPageSize, &got).ok());
  ASSERT_TRUE(s.files->read(302 * kPageSize, back.data(), kPageSize, &got).ok());
  EXPECT_EQ(got, 0u);
  EXPECT_FALSE(s.files->write(page.data(), kPageSize, 302 * kPageSize, &touched).ok());
}

TEST(ExtentFiles, NoSpaceLeavesNothingBehind) {
  ScratchExtent s(true, {});
  ::setenv("MAGLEV_TEST_DISK_LIMIT_FILE", write_limit(s.dir, 1 << 20).c_str(), 1);
  auto fd = ExtentFiles::create_segment(s.dir, 2, 1024);  // 4 MiB
  ::unsetenv("MAGLEV_TEST_DISK_LIMIT_FILE");
  ASSERT_FALSE(fd.ok());
  EXPECT_EQ(fd.status().code(), Errc::kNoSpace);
  EXPECT_NE(fd.status().message().find("No space left on device"), std::string::npos);
  s.reopen();
  EXPECT_EQ(s.files->pages(), 2u);
  EXPECT_TRUE(ExtentFiles::create_segment(s.dir, 2, 100).ok());
}

TEST(ExtentFiles, ReadersFindSegmentsAddedLater) {
  ScratchExtent s(true, {10});
  auto reader = ExtentFiles::open(s.dir, false);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->pages(), 12u);
  auto fd = ExtentFiles::create_segment(s.dir, 12, 4);
  ASSERT_TRUE(fd.ok());
  s.files->adopt(12, 4, *fd);
  std::vector<uint8_t> page(kPageSize, 7), back(kPageSize);
  std::vector<int> touched;
  ASSERT_TRUE(s.files->write(page.data(), kPageSize, 14 * kPageSize, &touched).ok());
  size_t got = 0;
  ASSERT_TRUE((*reader)->read(14 * kPageSize, back.data(), kPageSize, &got).ok());
  EXPECT_EQ(got, kPageSize);
  EXPECT_EQ(back, page);
  EXPECT_EQ((*reader)->pages(), 16u);
}

TEST(ExtentFiles, AReaderKeepsAFewSegmentsOpen) {
  std::vector<uint64_t> sizes(60, 2);  // 60 segments of 2 pages
  ScratchExtent s(false, sizes);
  for (uint64_t p = 0; p < 120; ++p) {
    std::vector<uint8_t> page(kPageSize, uint8_t(p));
    std::vector<int> touched;
    ASSERT_TRUE(s.files->write(page.data(), kPageSize, p * kPageSize, &touched).ok());
  }
  auto count_fds = [] {
    int n = 0;
    for (auto& e : std::filesystem::directory_iterator("/proc/self/fd")) (void)e, ++n;
    return n;
  };
  auto reader = ExtentFiles::open(s.dir, false);
  ASSERT_TRUE(reader.ok());
  const int before = count_fds();
  for (int round = 0; round < 2; ++round)
    for (uint64_t p = 0; p < 120; p += 1) {
      std::vector<uint8_t> back(kPageSize);
      size_t got = 0;
      ASSERT_TRUE((*reader)->read(p * kPageSize, back.data(), kPageSize, &got).ok());
      ASSERT_EQ(got, kPageSize);
      EXPECT_EQ(back[100], uint8_t(p)) << p;
    }
  EXPECT_LE(count_fds() - before, 32);
  EXPECT_GT(count_fds() - before, 0);
}

TEST(ExtentFiles, TheStoneRemovesUnfinishedAndDisconnectedSegments) {
  ScratchExtent s(true, {10, 10});
  s.add_sparse_segment(40, 5);   // after a gap (pages 22-39 missing)
  s.add_sparse_segment(45, 5);   // continues the orphan, but it is beyond the gap
  int fd = ::open((s.dir + "/extent.000000000022.new").c_str(), O_RDWR | O_CREAT, 0600);
  ::close(fd);
  auto reader = ExtentFiles::open(s.dir, false);  // readers remove nothing
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->pages(), 22u);
  EXPECT_EQ(::access((s.dir + "/extent.000000000040").c_str(), F_OK), 0);
  s.reopen(true);
  EXPECT_EQ(s.files->pages(), 22u);
  for (const char* gone : {"/extent.000000000040", "/extent.000000000045", "/extent.000000000022.new"})
    EXPECT_NE(::access((s.dir + gone).c_str(), F_OK), 0) << gone;
  EXPECT_EQ(::access((s.dir + "/extent.000000000012").c_str(), F_OK), 0);
}

}  // namespace
}  // namespace maglev::txn
