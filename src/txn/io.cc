// Implements both I/O backends: pwrite and io_uring (write linked to fdatasync in one
// submission), plus zero-filled growth.
#include "txn/io.h"

#include <fcntl.h>
#include <liburing.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <spdlog/spdlog.h>
#include <vector>

#include "maglev_config.h"

namespace maglev::txn {

namespace {

Status pwrite_all(int fd, const uint8_t* buf, size_t len, uint64_t offset) {
  while (len > 0) {
    ssize_t n = ::pwrite(fd, buf, len, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno_status(errno, "writing the extent at offset " + std::to_string(offset));
    }
    buf += n;
    len -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return Status();
}

class PwriteBackend final : public IoBackend {
 public:
  explicit PwriteBackend(int fd) : IoBackend(fd) {}
  const char* name() const override { return "pwrite"; }
  Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    return write_now(buf, len, offset, sync);
  }
};

// The batch is copied into the page cache by pwrite (a memcpy) and its fdatasync goes
// through the ring, which runs it on the kernel's io-wq worker. Measured (bench/README,
// session 5): a write in the ring is punted to io-wq as well (ext4 buffered writes do
// not complete inline there), and the linked pair cost 30-60 us more per lone commit
// than this on a quiet machine; this costs ~30-50 us more than pwrite + fdatasync (the
// worker's wake-up and completion; spinning on the completion queue does not help).
class UringBackend final : public IoBackend {
 public:
  explicit UringBackend(int fd) : IoBackend(fd) {}
  ~UringBackend() override {
    if (ring_ok_) io_uring_queue_exit(&ring_);
  }
  Status init() {
    int r = io_uring_queue_init(4, &ring_, 0);
    if (r < 0) return errno_status(-r, "io_uring_queue_init");
    ring_ok_ = true;
    return Status();
  }
  const char* name() const override { return "io_uring"; }
  Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    Status s = pwrite_all(fd_, buf, len, offset);
    if (!s.ok() || !sync) return s;
    io_uring_sqe* f = io_uring_get_sqe(&ring_);
    io_uring_prep_fsync(f, fd_, IORING_FSYNC_DATASYNC);
    int r = io_uring_submit_and_wait(&ring_, 1);
    if (r < 0) return errno_status(-r, "io_uring_submit");
    io_uring_cqe* cqe = nullptr;
    r = io_uring_wait_cqe(&ring_, &cqe);
    if (r < 0) return errno_status(-r, "io_uring_wait_cqe");
    int res = cqe->res;
    io_uring_cqe_seen(&ring_, cqe);
    if (res < 0) return errno_status(-res, "io_uring fdatasync of the extent");
    return Status();
  }

 private:
  io_uring ring_{};
  bool ring_ok_ = false;
};

// Test builds: MAGLEV_TEST_DISK_LIMIT_FILE names a file holding the largest extent size
// in bytes the "disk" allows; growth beyond it fails with ENOSPC (read at every growth,
// so a test can give space back).
bool injected_no_space(uint64_t to) {
#if MAGLEV_TEST_HOOKS
  const char* path = std::getenv("MAGLEV_TEST_DISK_LIMIT_FILE");
  if (path == nullptr) return false;
  std::ifstream in(path);
  uint64_t limit = 0;
  if (in >> limit) return to > limit;
#else
  (void)to;
#endif
  return false;
}

}  // namespace

Result<std::unique_ptr<IoBackend>> IoBackend::make(const std::string& kind, int fd) {
  if (kind == "pwrite") return std::unique_ptr<IoBackend>(new PwriteBackend(fd));
  if (kind != "uring" && kind != "auto")
    return Status(Errc::kInvalid, "unknown I/O backend '" + kind + "' (uring, pwrite, auto)");
  auto u = std::make_unique<UringBackend>(fd);
  Status s = u->init();
  if (s.ok()) return std::unique_ptr<IoBackend>(std::move(u));
  if (kind == "uring") return s;
  spdlog::warn("io_uring unavailable ({}), using the pwrite backend", s.to_string());
  return std::unique_ptr<IoBackend>(new PwriteBackend(fd));
}

Status IoBackend::write_now(const uint8_t* buf, size_t len, uint64_t offset, bool sync) {
  Status s = pwrite_all(fd_, buf, len, offset);
  if (!s.ok()) return s;
  if (sync && ::fdatasync(fd_) != 0) return errno_status(errno, "fdatasync of the extent");
  return Status();
}

Status IoBackend::grow(uint64_t from, uint64_t to) {
  if (injected_no_space(to)) {
    return Status(Errc::kNoSpace, "growing the extent to " + std::to_string(to) +
                                      " bytes: No space left on device (injected)");
  }
  static const std::vector<uint8_t> zeros(1 << 20, 0);
  for (uint64_t at = from; at < to;) {
    size_t chunk = static_cast<size_t>(std::min<uint64_t>(zeros.size(), to - at));
    Status s = pwrite_all(fd_, zeros.data(), chunk, at);
    if (!s.ok()) {
      if (::ftruncate(fd_, static_cast<off_t>(from)) != 0) { /* keep the first error */ }
      return Status(s.code(), "growing the extent to " + std::to_string(to) + " bytes: " +
                                  s.message());
    }
    // Written back chunk by chunk: the zeros never pile up as dirty pages that a
    // commit's fdatasync, running meanwhile, would have to write out as well.
    (void)::sync_file_range(fd_, static_cast<off_t>(at), static_cast<off_t>(chunk),
                            SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                SYNC_FILE_RANGE_WAIT_AFTER);
    at += chunk;
  }
  if (::fdatasync(fd_) != 0) {
    int err = errno;
    if (::ftruncate(fd_, static_cast<off_t>(from)) != 0) { /* keep the first error */ }
    return errno_status(err, "fdatasync after growing the extent");
  }
  return Status();
}

}  // namespace maglev::txn
