// Tests DeferredWriter on real extent files: pages added after their batches land at their
// places when a flush is collected, pages added during a flush wait for the next one,
// and the frames handed back are exactly the flushed pages' pins.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "txn/deferred_writer.h"
#include "txn/io.h"
#include "txn/page_format.h"
#include "scratch_extent.h"

namespace maglev::txn {
namespace {

struct DeferredWriterTest : ::testing::Test {
  void SetUp() override {
    auto b = IoBackend::make("pwrite", *scratch.files);
    ASSERT_TRUE(b.ok());
    io = std::move(*b);
  }
  void TearDown() override { io.reset(); }
  // The sealed pages first.. behind one page that is not theirs (a batch's record page:
  // the writer is handed the whole buffer and the offset of its pages).
  PageBuffer pages(uint64_t first, uint64_t count) {
    PageBuffer buf((count + 1) * kPageSize, 0);
    seal_page(buf.data(), PageKind::kLeaf, first - 1, 1, 0);  // valid there: must stay unwritten
    for (uint64_t i = 0; i < count; ++i)
      seal_page(buf.data() + (i + 1) * kPageSize, PageKind::kLeaf, first + i, 1, 0);
    return buf;
  }
  bool on_disk(uint64_t page_id) {
    std::vector<uint8_t> p(kPageSize);
    EXPECT_EQ(scratch.raw_pread(p.data(), kPageSize, page_id * kPageSize), ssize_t(kPageSize));
    return verify_page(p.data(), page_id).ok();
  }
  ScratchExtent scratch{false, {11, 53}};  // pages 0-10, 11-63: runs cross the boundary
  std::unique_ptr<IoBackend> io;
};

TEST_F(DeferredWriterTest, FlushWritesEveryPendingRunInPlace) {
  DeferredWriter w(*io);
  w.add(3, pages(3, 2), kPageSize, 2, {{7, 3}, {8, 4}});
  w.add(10, pages(10, 3), kPageSize, 3, {{9, 10}});  // pages 10 and 11-12: two files
  EXPECT_EQ(w.pending_pages(), 5u);
  EXPECT_FALSE(on_disk(3));
  w.start_flush();
  EXPECT_TRUE(w.busy());
  EXPECT_EQ(w.pending_pages(), 0u);
  w.add(20, pages(20, 1), kPageSize, 1, {{11, 20}});  // during the flush: waits for the next one
  Status r;
  DeferredWriter::Frames frames;
  ASSERT_TRUE(w.finish(true, &r, &frames));
  ASSERT_TRUE(r.ok()) << r.to_string();
  EXPECT_FALSE(w.busy());
  for (uint64_t id : {3, 4, 10, 11, 12}) EXPECT_TRUE(on_disk(id)) << id;
  EXPECT_FALSE(on_disk(5));
  EXPECT_FALSE(on_disk(2));
  EXPECT_FALSE(on_disk(9));
  EXPECT_FALSE(on_disk(20));
  EXPECT_EQ(frames, (DeferredWriter::Frames{{7, 3}, {8, 4}, {9, 10}}));
  EXPECT_EQ(w.pending_pages(), 1u);
  EXPECT_FALSE(w.finish(true, &r, &frames));  // nothing in flight
  w.start_flush();
  ASSERT_TRUE(w.finish(true, &r, &frames));
  EXPECT_TRUE(on_disk(20));
  EXPECT_EQ(frames, (DeferredWriter::Frames{{11, 20}}));
}

TEST_F(DeferredWriterTest, AddingNothingIsNothingToFlush) {
  DeferredWriter w(*io);
  w.add(5, PageBuffer{}, 0, 0, {});
  EXPECT_EQ(w.pending_pages(), 0u);
}

}  // namespace
}  // namespace maglev::txn
