// Implements both I/O backends: pwrite (synchronous) and io_uring (write linked to
// fdatasync, completion signalled through an eventfd), plus zero-filled growth.
#include "txn/io.h"

#include <fcntl.h>
#include <liburing.h>
#include <sys/eventfd.h>
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
  Status submit(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    result_ = write_now(buf, len, offset, sync);
    pending_ = true;
    return Status();
  }
  int event_fd() const override { return -1; }
  bool reap(Status* result) override {
    if (!pending_) return false;
    pending_ = false;
    *result = result_;
    return true;
  }

 private:
  bool pending_ = false;
  Status result_;
};

class UringBackend final : public IoBackend {
 public:
  explicit UringBackend(int fd) : IoBackend(fd) {
    const char* mode = std::getenv("MAGLEV_URING_WRITES");  // "ring": link write + fsync
    write_inline_ = mode == nullptr || std::string(mode) != "ring";
  }
  ~UringBackend() override {
    if (ring_ok_) io_uring_queue_exit(&ring_);
    if (efd_ >= 0) ::close(efd_);
  }
  Status init() {
    int r = io_uring_queue_init(8, &ring_, 0);
    if (r < 0) return errno_status(-r, "io_uring_queue_init");
    ring_ok_ = true;
    efd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (efd_ < 0) return errno_status(errno, "eventfd");
    r = io_uring_register_eventfd(&ring_, efd_);
    if (r < 0) return errno_status(-r, "io_uring_register_eventfd");
    return Status();
  }
  const char* name() const override { return "io_uring"; }
  Status submit(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    result_ = Status();
    expected_ = 0;
    expected_len_ = len;
    if (write_inline_) {
      // Buffered write straight into the page cache (a memcpy), then only the sync goes
      // through the ring: measured faster than linking both (see bench/README.md).
      Status s = pwrite_all(fd_, buf, len, offset);
      if (!s.ok()) return s;
    } else {
      io_uring_sqe* w = io_uring_get_sqe(&ring_);
      io_uring_prep_write(w, fd_, buf, static_cast<unsigned>(len), offset);
      w->user_data = 1;
      if (sync) w->flags |= IOSQE_IO_LINK;
      ++expected_;
    }
    if (sync) {
      io_uring_sqe* s = io_uring_get_sqe(&ring_);
      io_uring_prep_fsync(s, fd_, IORING_FSYNC_DATASYNC);
      s->user_data = 2;
      ++expected_;
    }
    if (expected_ == 0) {
      ::eventfd_write(efd_, 1);
      return Status();
    }
    int r = io_uring_submit(&ring_);
    if (r < 0) return errno_status(-r, "io_uring_submit");
    return Status();
  }
  int event_fd() const override { return efd_; }
  bool reap(Status* result) override {
    uint64_t v;
    (void)::read(efd_, &v, sizeof v);  // resets the counter (one read, nonblocking)
    io_uring_cqe* cqe;
    while (expected_ > 0 && io_uring_peek_cqe(&ring_, &cqe) == 0) {
      if (cqe->res < 0 && result_.ok())
        result_ = errno_status(-cqe->res, cqe->user_data == 1 ? "io_uring write to the extent"
                                                              : "io_uring fdatasync of the extent");
      else if (cqe->user_data == 1 && cqe->res >= 0 &&
               static_cast<size_t>(cqe->res) != expected_len_ && result_.ok())
        result_ = Status(Errc::kIo, "short io_uring write to the extent");
      io_uring_cqe_seen(&ring_, cqe);
      --expected_;
    }
    if (expected_ > 0) return false;
    *result = result_;
    return true;
  }

 private:
  io_uring ring_{};
  bool ring_ok_ = false;
  int efd_ = -1;
  int expected_ = 0;
  size_t expected_len_ = 0;
  bool write_inline_ = true;
  Status result_;
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
