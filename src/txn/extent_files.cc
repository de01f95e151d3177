// Implements ExtentFiles (see extent_files.h): the segment list, page location across
// files, and whole-segment creation.
#include "txn/extent_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <spdlog/spdlog.h>

#include "maglev_config.h"
#include "txn/crash_point.h"
#include "txn/page_format.h"

namespace maglev::txn {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = "extent.";
constexpr const char* kNewSuffix = ".new";

// The first page a segment file name gives, or false for any other name.
bool parse_segment_name(const char* name, uint64_t* first) {
  size_t plen = std::strlen(kPrefix);
  if (std::strncmp(name, kPrefix, plen) != 0) return false;
  const char* digits = name + plen;
  if (*digits == '\0') return false;
  for (const char* p = digits; *p != '\0'; ++p)
    if (*p < '0' || *p > '9') return false;
  *first = std::strtoull(digits, nullptr, 10);
  return true;
}

Status pwrite_all(int fd, const uint8_t* buf, size_t len, uint64_t offset, const std::string& what) {
  while (len > 0) {
    ssize_t n = ::pwrite(fd, buf, len, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno_status(errno, "writing " + what + " at offset " + std::to_string(offset));
    }
    buf += n;
    len -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return Status();
}

Status sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno_status(errno, "opening " + dir.string());
  Status s;
  if (::fsync(fd) != 0) s = errno_status(errno, "fsync of " + dir.string());
  ::close(fd);
  return s;
}

// Test builds: MAGLEV_TEST_DISK_LIMIT_FILE names a file holding the largest extent size
// in bytes the "disk" allows; a segment reaching beyond it fails with ENOSPC (read at
// every creation, so a test can give space back).
bool injected_no_space(uint64_t extent_bytes) {
#if MAGLEV_TEST_HOOKS
  const char* path = std::getenv("MAGLEV_TEST_DISK_LIMIT_FILE");
  if (path == nullptr) return false;
  std::ifstream in(path);
  uint64_t limit = 0;
  if (in >> limit) return extent_bytes > limit;
#else
  (void)extent_bytes;
#endif
  return false;
}

}  // namespace

std::string segment_file_name(uint64_t first_page) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%012llu", kPrefix, static_cast<unsigned long long>(first_page));
  return buf;
}

Result<std::unique_ptr<ExtentFiles>> ExtentFiles::open(const fs::path& repo, bool writable) {
  std::unique_ptr<ExtentFiles> f(new ExtentFiles(repo, writable));
  fs::path sb = repo / "extent";
  f->sb_fd_ = ::open(sb.c_str(), (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
  if (f->sb_fd_ < 0) return errno_status(errno, "opening " + sb.string());
  struct stat st;
  if (::fstat(f->sb_fd_, &st) != 0) return errno_status(errno, "stat of " + sb.string());
  std::lock_guard<std::mutex> lock(f->mu_);
  f->segments_.push_back(Segment{0, static_cast<uint64_t>(st.st_size) / kPageSize, f->sb_fd_});
  Status s = f->scan();
  if (!s.ok()) return s;
  return f;
}

ExtentFiles::~ExtentFiles() {
  for (const Segment& s : segments_)
    if (s.fd >= 0) ::close(s.fd);
}

Status ExtentFiles::scan() {
  DIR* dir = ::opendir(repo_.c_str());
  if (dir == nullptr) return errno_status(errno, "reading the directory " + repo_.string());
  std::vector<uint64_t> firsts;
  while (dirent* e = ::readdir(dir)) {
    uint64_t first = 0;
    if (parse_segment_name(e->d_name, &first)) {
      firsts.push_back(first);
    } else if (writable_ && std::strncmp(e->d_name, kPrefix, std::strlen(kPrefix)) == 0) {
      size_t n = std::strlen(e->d_name), sl = std::strlen(kNewSuffix);
      if (n > sl && std::strcmp(e->d_name + n - sl, kNewSuffix) == 0) {  // a creation cut short
        ::unlinkat(::dirfd(dir), e->d_name, 0);
        spdlog::info("removed {} (a segment whose creation did not finish)", (repo_ / e->d_name).string());
      }
    }
  }
  ::closedir(dir);
  std::sort(firsts.begin(), firsts.end());
  uint64_t end = segments_.back().first + segments_.back().count;
  bool gap = false;
  for (uint64_t first : firsts) {
    if (first < end && !gap) continue;  // known already
    fs::path path = repo_ / segment_file_name(first);
    struct stat st;
    uint64_t count = ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) / kPageSize : 0;
    if (gap || first != end || count == 0) {
      gap = true;
      if (writable_ && ::unlink(path.c_str()) == 0)
        spdlog::warn("removed {}: it does not continue the extent, which ends at page {}", path.string(), end);
      continue;
    }
    segments_.push_back(Segment{first, count, -1});
    end = first + count;
  }
  return Status();
}

int ExtentFiles::segment_fd(Segment& s) {
  if (s.fd >= 0) return s.fd;
  if (!writable_ && open_.size() >= kMaxReaderFds) {  // a reader keeps a few: the VM's own files come first
    Segment* oldest = find(open_.front());
    open_.pop_front();
    if (oldest != nullptr && oldest->fd >= 0) {
      ::close(oldest->fd);
      oldest->fd = -1;
    }
  }
  fs::path path = repo_ / segment_file_name(s.first);
  s.fd = ::open(path.c_str(), (writable_ ? O_RDWR : O_RDONLY) | O_CLOEXEC);
  if (s.fd >= 0 && !writable_ && &s != &segments_.front()) open_.push_back(s.first);
  return s.fd;
}

ExtentFiles::Segment* ExtentFiles::find(uint64_t page) {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), page,
                             [](uint64_t p, const Segment& s) { return p < s.first; });
  if (it == segments_.begin()) return nullptr;
  --it;
  return page < it->first + it->count ? &*it : nullptr;
}

uint64_t ExtentFiles::pages() const {
  std::lock_guard<std::mutex> lock(mu_);
  return segments_.back().first + segments_.back().count;
}

uint64_t ExtentFiles::bytes() const { return pages() * kPageSize; }

Status ExtentFiles::locate(uint64_t byte_offset, Span* out) {
  std::lock_guard<std::mutex> lock(mu_);
  return locate_locked(byte_offset, out);
}

Status ExtentFiles::locate_locked(uint64_t byte_offset, Span* out) {
  const uint64_t page = byte_offset / kPageSize;
  Segment* s = find(page);
  if (s == nullptr && !writable_) {
    Status r = scan();  // the stone may have added segments since
    if (!r.ok()) return r;
    s = find(page);
  }
  if (s == nullptr)
    return Status(Errc::kNotFound, "page " + std::to_string(page) + " lies beyond the extent of " + repo_.string());
  int fd = segment_fd(*s);
  if (fd < 0)
    return Status(Errc::kIo, errno_status(errno, "opening " + (repo_ / segment_file_name(s->first)).string()).message());
  out->fd = fd;
  out->file_offset = byte_offset - s->first * kPageSize;
  out->bytes = s->count * kPageSize - out->file_offset;
  return Status();
}

Status ExtentFiles::read(uint64_t byte_offset, uint8_t* buf, size_t len, size_t* got) {
  *got = 0;
  while (len > 0) {
    // A reader may close a descriptor to open another: it reads under the lock. The
    // stone never closes one, and reads without it.
    std::unique_lock<std::mutex> lock(mu_);
    Span sp;
    Status s = locate_locked(byte_offset, &sp);
    if (s.code() == Errc::kNotFound) return Status();  // the end of the extent
    if (!s.ok()) return s;
    if (writable_) lock.unlock();
    size_t want = static_cast<size_t>(std::min<uint64_t>(len, sp.bytes));
    ssize_t n = ::pread(sp.fd, buf, want, static_cast<off_t>(sp.file_offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno_status(errno, "reading the extent of " + repo_.string() + " at offset " +
                                     std::to_string(byte_offset));
    }
    *got += static_cast<size_t>(n);
    if (n == 0) return Status();
    buf += n;
    len -= static_cast<size_t>(n);
    byte_offset += static_cast<uint64_t>(n);
  }
  return Status();
}

Status ExtentFiles::write(const uint8_t* buf, size_t len, uint64_t byte_offset, std::vector<int>* touched) {
  while (len > 0) {
    Span sp;
    Status s = locate(byte_offset, &sp);
    if (!s.ok()) return Status(s.code() == Errc::kNotFound ? Errc::kIo : s.code(), "writing: " + s.message());
    size_t n = static_cast<size_t>(std::min<uint64_t>(len, sp.bytes));
    s = pwrite_all(sp.fd, buf, n, sp.file_offset, "the extent of " + repo_.string());
    if (!s.ok()) return s;
    if (std::find(touched->begin(), touched->end(), sp.fd) == touched->end()) touched->push_back(sp.fd);
    buf += n;
    len -= n;
    byte_offset += n;
  }
  return Status();
}

Status ExtentFiles::sync(const std::vector<int>& fds) {
  for (int fd : fds)
    if (::fdatasync(fd) != 0) return errno_status(errno, "fdatasync of the extent");
  return Status();
}

Result<int> ExtentFiles::create_segment(const fs::path& repo, uint64_t first, uint64_t count, const Pace& pace) {
  const std::string name = segment_file_name(first);
  const uint64_t bytes = count * kPageSize;
  const std::string what = "creating the extent segment " + (repo / name).string() + " (" +
                           std::to_string(bytes >> 20) + " MiB)";
  if (injected_no_space((first + count) * kPageSize))
    return Status(Errc::kNoSpace, what + ": No space left on device (injected)");
  fs::path tmp = repo / (name + kNewSuffix);
  int fd = ::open(tmp.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return errno_status(errno, what);
  auto fail = [&](Status s) -> Result<int> {
    ::close(fd);
    ::unlink(tmp.c_str());
    return Status(s.code(), what + ": " + s.message());
  };
  static const std::vector<uint8_t> zeros(1 << 20, 0);
  bool halfway = false;
  for (uint64_t at = 0; at < bytes;) {
    size_t chunk = static_cast<size_t>(std::min<uint64_t>(zeros.size(), bytes - at));
    Status s = pwrite_all(fd, zeros.data(), chunk, at, name);
    if (!s.ok()) return fail(s);
    // Written back chunk by chunk (the zeros never pile up as dirty pages for a later
    // sync to write) and dropped from the page cache (nobody reads them).
    (void)::sync_file_range(fd, static_cast<off_t>(at), static_cast<off_t>(chunk),
                            SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                SYNC_FILE_RANGE_WAIT_AFTER);
    (void)::posix_fadvise(fd, static_cast<off_t>(at), static_cast<off_t>(chunk), POSIX_FADV_DONTNEED);
    at += chunk;
    if (pace) pace(at, bytes);
    if (!halfway && at >= bytes / 2) {  // test builds: killed before the name, N-th segment
      halfway = true;
      if (crash_point_armed("mid_segment")) crash_point("mid_segment");
    }
  }
  if (::fdatasync(fd) != 0) return fail(errno_status(errno, "fdatasync"));
  fs::path path = repo / name;
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail(errno_status(errno, "rename"));
  Status s = sync_directory(repo);
  if (!s.ok()) {
    ::close(fd);
    ::unlink(path.c_str());
    return Status(s.code(), what + ": " + s.message());
  }
  return fd;
}

void ExtentFiles::adopt(uint64_t first, uint64_t count, int fd) {
  std::lock_guard<std::mutex> lock(mu_);
  segments_.push_back(Segment{first, count, fd});
}

}  // namespace maglev::txn
