// A scratch repository directory for the txn unit tests: an extent's files (the
// superblock file and segments), ExtentFiles over them, and raw access to the files by
// extent offset, to damage them as a crash or a failing disk would.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "txn/extent.h"
#include "txn/extent_files.h"
#include "txn/page_format.h"

namespace maglev::txn {

struct ScratchExtent {
  // With `superblocks`, the superblock file holds create_extent's two pages (repository
  // 77); else it is empty and the first segment starts at page 0. Then one sparse
  // segment file per entry of `segments` (its size in pages).
  ScratchExtent(bool superblocks, std::vector<uint64_t> segments) {
    char tmpl[] = "/tmp/maglev-unit-ext-XXXXXX";
    EXPECT_NE(::mkdtemp(tmpl), nullptr);
    dir = tmpl;
    std::string sb = dir + "/extent";
    if (superblocks) {
      EXPECT_TRUE(create_extent(sb, 77).ok());
    } else {
      int fd = ::open(sb.c_str(), O_RDWR | O_CREAT, 0600);
      ::close(fd);
    }
    uint64_t first = superblocks ? 2 : 0;
    for (uint64_t count : segments) {
      add_sparse_segment(first, count);
      first += count;
    }
    reopen();
  }
  ~ScratchExtent() {
    files.reset();
    std::system(("rm -rf " + dir).c_str());
  }
  void add_sparse_segment(uint64_t first, uint64_t count) {
    std::string p = dir + "/" + segment_file_name(first);
    int fd = ::open(p.c_str(), O_RDWR | O_CREAT, 0600);
    EXPECT_EQ(::ftruncate(fd, off_t(count * kPageSize)), 0);
    ::close(fd);
  }
  void reopen(bool writable = true) {
    files.reset();
    auto f = ExtentFiles::open(dir, writable);
    EXPECT_TRUE(f.ok()) << f.status().to_string();
    if (f.ok()) files = std::move(*f);
  }
  // The file holding extent byte `off`, and the offset there (from the names and sizes
  // on disk, not from `files`); beyond the end, the last file (a write extends it).
  std::pair<std::string, uint64_t> file_of(uint64_t off) const {
    struct stat st;
    std::string path = dir + "/extent";
    ::stat(path.c_str(), &st);
    uint64_t first = 0, end = uint64_t(st.st_size) / kPageSize;
    while (off >= end * kPageSize) {
      std::string next = dir + "/" + segment_file_name(end);
      if (::stat(next.c_str(), &st) != 0 || st.st_size < off_t(kPageSize)) break;
      path = next;
      first = end;
      end += uint64_t(st.st_size) / kPageSize;
    }
    return {path, off - first * kPageSize};
  }
  ssize_t raw_pread(void* buf, size_t len, uint64_t off) const {
    auto [path, at] = file_of(off);
    int fd = ::open(path.c_str(), O_RDONLY);
    ssize_t n = ::pread(fd, buf, len, off_t(at));
    ::close(fd);
    return n;
  }
  ssize_t raw_pwrite(const void* buf, size_t len, uint64_t off) const {
    auto [path, at] = file_of(off);
    int fd = ::open(path.c_str(), O_RDWR);
    ssize_t n = ::pwrite(fd, buf, len, off_t(at));
    ::close(fd);
    return n;
  }
  void flip_bit(uint64_t off, int bit) const {
    uint8_t b = 0;
    ASSERT_EQ(raw_pread(&b, 1, off), 1);
    b ^= uint8_t(1 << bit);
    ASSERT_EQ(raw_pwrite(&b, 1, off), 1);
  }

  std::string dir;
  std::unique_ptr<ExtentFiles> files;
};

}  // namespace maglev::txn
