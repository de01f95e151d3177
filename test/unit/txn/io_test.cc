// Tests the I/O backends' durable append on a real file: what is appended is what a
// buffered reader sees afterwards (also over pages it had cached before), for aligned
// and unaligned buffers and lengths; "uring-direct" writes with O_DIRECT where the file
// system allows it, "uring" never does.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "txn/io.h"

namespace maglev::txn {
namespace {

constexpr size_t kBlock = 4096;

struct IoTest : ::testing::TestWithParam<const char*> {
  void SetUp() override {
    char tmpl[] = "/tmp/maglev-unit-io-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir = tmpl;
    path = dir + "/extent";
    fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0600);
    ASSERT_GE(fd, 0);
    auto b = IoBackend::make(GetParam(), fd);
    ASSERT_TRUE(b.ok()) << b.status().to_string();
    io = std::move(*b);
    ASSERT_TRUE(io->grow(0, 1 << 20).ok());
  }
  void TearDown() override {
    io.reset();
    ::close(fd);
    std::system(("rm -rf " + dir).c_str());
  }
  std::vector<uint8_t> read_back(uint64_t offset, size_t len) {
    std::vector<uint8_t> out(len);
    EXPECT_EQ(::pread(fd, out.data(), len, static_cast<off_t>(offset)), static_cast<ssize_t>(len));
    return out;
  }
  static std::vector<uint8_t> pattern(size_t len, uint8_t seed) {
    std::vector<uint8_t> v(len);
    for (size_t i = 0; i < len; ++i) v[i] = static_cast<uint8_t>(seed + i * 7);
    return v;
  }
  std::string dir, path;
  int fd = -1;
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

TEST(IoBackendTest, UringDirectWritesWithODirectWhereTheFileSystemAllows) {
  char tmpl[] = "/tmp/maglev-unit-io-XXXXXX";
  ASSERT_NE(::mkdtemp(tmpl), nullptr);
  std::string dir = tmpl, path = dir + "/extent";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0600);
  int probe = ::open(path.c_str(), O_RDWR | O_DIRECT);
  bool direct = probe >= 0;
  if (probe >= 0) ::close(probe);
  auto b = IoBackend::make("uring-direct", fd);
  ASSERT_TRUE(b.ok());
  std::string name = (*b)->name();
  EXPECT_EQ(name.find("O_DIRECT") != std::string::npos, direct) << name;
  EXPECT_EQ(name.rfind("io_uring", 0), 0u) << name;
  b->reset();
  auto plain = IoBackend::make("uring", fd);  // the default: pwrite + fdatasync in the ring
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(std::string((*plain)->name()).find("O_DIRECT"), std::string::npos);
  plain->reset();
  ::close(fd);
  std::system(("rm -rf " + dir).c_str());
}

INSTANTIATE_TEST_SUITE_P(Backends, IoTest, ::testing::Values("pwrite", "uring", "uring-direct"));

}  // namespace
}  // namespace maglev::txn
