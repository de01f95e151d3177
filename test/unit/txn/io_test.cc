// Tests the I/O backends' durable append on real extent files: what is appended is what
// a buffered reader sees afterwards (also over pages it had cached before), for aligned
// and unaligned buffers and lengths, and across a segment boundary.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "txn/io.h"
#include "scratch_extent.h"

namespace maglev::txn {

namespace {

constexpr size_t kBlock = 4096;

struct IoTest : ::testing::TestWithParam<const char*> {
  void SetUp() override {
    auto b = IoBackend::make(GetParam(), *scratch.files);
    ASSERT_TRUE(b.ok()) << b.status().to_string();
    io = std::move(*b);
  }
  void TearDown() override { io.reset(); }
  std::vector<uint8_t> read_back(uint64_t offset, size_t len) {
    std::vector<uint8_t> out(len);
    size_t got = 0;
    EXPECT_TRUE(scratch.files->read(offset, out.data(), len, &got).ok());
    EXPECT_EQ(got, len);
    return out;
  }
  static std::vector<uint8_t> pattern(size_t len, uint8_t seed) {
    std::vector<uint8_t> v(len);
    for (size_t i = 0; i < len; ++i) v[i] = static_cast<uint8_t>(seed + i * 7);
    return v;
  }
  ScratchExtent scratch{false, {16, 4, 236}};  // pages 0-15, 16-19, 20-255
  std::unique_ptr<IoBackend> io;
};

TEST_P(IoTest, AppendedBytesAreReadBackFromUnalignedAndAlignedBuffers) {
  std::vector<uint8_t> unaligned(3 * kBlock + 1);  // data() + 1 is not block-aligned
  auto want = pattern(3 * kBlock, 1);
  std::memcpy(unaligned.data() + 1, want.data(), want.size());
  ASSERT_TRUE(io->append(unaligned.data() + 1, want.size(), 2 * kBlock, true).ok());
  EXPECT_EQ(read_back(2 * kBlock, want.size()), want);

  void* raw = std::aligned_alloc(kBlock, kBlock);
  auto one = pattern(kBlock, 9);
  std::memcpy(raw, one.data(), kBlock);
  ASSERT_TRUE(io->append(static_cast<uint8_t*>(raw), kBlock, 5 * kBlock, true).ok());
  std::free(raw);
  EXPECT_EQ(read_back(5 * kBlock, kBlock), one);
}

TEST_P(IoTest, AnAppendReplacesPagesAReaderHadCached) {
  auto before = pattern(2 * kBlock, 3);
  ASSERT_TRUE(io->write_now(before.data(), before.size(), 8 * kBlock, true).ok());
  EXPECT_EQ(read_back(8 * kBlock, before.size()), before);  // now in the page cache
  auto after = pattern(2 * kBlock, 4);
  ASSERT_TRUE(io->append(after.data(), after.size(), 8 * kBlock, true).ok());
  EXPECT_EQ(read_back(8 * kBlock, after.size()), after);
}

TEST_P(IoTest, OddLengthsAndOffsetsStillWork) {
  auto odd = pattern(1000, 5);
  ASSERT_TRUE(io->append(odd.data(), odd.size(), 3 * kBlock + 100, true).ok());
  EXPECT_EQ(read_back(3 * kBlock + 100, odd.size()), odd);
}

TEST_P(IoTest, AnAppendAcrossSegmentsLandsInEveryFile) {
  auto big = pattern(7 * kBlock, 11);  // pages 14-20: three files
  ASSERT_TRUE(io->append(big.data(), big.size(), 14 * kBlock, true).ok());
  EXPECT_EQ(read_back(14 * kBlock, big.size()), big);
  std::vector<uint8_t> page(kBlock);
  ASSERT_EQ(scratch.raw_pread(page.data(), kBlock, 16 * kBlock), ssize_t(kBlock));  // extent.000000000016
  EXPECT_EQ(std::vector<uint8_t>(big.begin() + 2 * kBlock, big.begin() + 3 * kBlock), page);
  EXPECT_FALSE(io->append(big.data(), big.size(), 252 * kBlock, true).ok());  // past the end
}

TEST(IoBackendTest, NamesSayWhichRuns) {
  ScratchExtent scratch{false, {4}};
  auto ring = IoBackend::make("uring", *scratch.files);
  ASSERT_TRUE(ring.ok());
  EXPECT_EQ(std::string((*ring)->name()).rfind("io_uring", 0), 0u);
  auto plain = IoBackend::make("pwrite", *scratch.files);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(std::string((*plain)->name()), "pwrite");
  EXPECT_FALSE(IoBackend::make("uring-direct", *scratch.files).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, IoTest, ::testing::Values("pwrite", "uring"));

}  // namespace
}  // namespace maglev::txn
