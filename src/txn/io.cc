// Implements both I/O backends: pwrite and io_uring (pwrite + fdatasync in the ring, or
// an O_DIRECT write with RWF_DSYNC per batch), plus zero-filled growth.
#include "txn/io.h"

#include <fcntl.h>
#include <sched.h>
#include <liburing.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
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

// Two ways through the ring:
// - default ("uring"): the batch is copied into the page cache by pwrite and its
//   fdatasync goes through the ring, which always hands it to an io-wq worker (a thread
//   of the stone): one wake-up of the worker, which writes the pages back and flushes,
//   and one of the stone when it is done;
// - "uring-direct": one O_DIRECT write with RWF_DSYNC. The extent is pre-grown with
//   written zeros, so ext4 issues the overwrite inline from io_uring_enter (no io-wq
//   worker); the kernel follows it with the fdatasync of the range, but from its
//   dio-completion workqueue: a kernel worker that competes for the CPU with every
//   other process. Measured (bench/README, session 6): under load that worker waits
//   milliseconds for a CPU (1 VM 140-180 commits/s against 660-1,400 for the default),
//   so it is not the default. Where O_DIRECT is refused it falls back to the default.
class UringBackend final : public IoBackend {
 public:
  UringBackend(int fd, bool direct) : IoBackend(fd), want_direct_(direct) {}
  ~UringBackend() override {
    if (ring_ok_) io_uring_queue_exit(&ring_);
    if (direct_fd_ >= 0) ::close(direct_fd_);
    std::free(staging_);
  }
  Status init() {
    // One thread submits and reaps: completions run as that thread's deferred task
    // work when it waits (no signal-style notification per completion).
    int r = io_uring_queue_init(4, &ring_, IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN);
    if (r == -EINVAL) r = io_uring_queue_init(4, &ring_, 0);  // kernels before 6.1
    if (r < 0) return errno_status(-r, "io_uring_queue_init");
    ring_ok_ = true;
    if (!want_direct_) return Status();
    std::string self = "/proc/self/fd/" + std::to_string(fd_);
    direct_fd_ = ::open(self.c_str(), O_RDWR | O_DIRECT | O_CLOEXEC);
    if (direct_fd_ < 0) spdlog::warn("the extent refuses O_DIRECT ({}): io_uring fdatasync after pwrite", std::strerror(errno));
    return Status();
  }
  Status pin_workers(int cpu) override {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    int r = io_uring_register_iowq_aff(&ring_, sizeof set, &set);
    return r < 0 ? errno_status(-r, "io_uring_register_iowq_aff") : Status();
  }
  const char* name() const override {
    return direct_fd_ >= 0 ? "io_uring (O_DIRECT writes with RWF_DSYNC)" : "io_uring (pwrite, fdatasync in the ring)";
  }
  Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    if (direct_fd_ >= 0 && sync && len % kAlign == 0 && offset % kAlign == 0) {
      Status s = direct_dsync(buf, len, offset);
      if (s.code() != Errc::kInvalid) return s;
      spdlog::warn("O_DIRECT write of the extent refused ({}): io_uring fdatasync after pwrite from now on",
                   s.to_string());
      ::close(direct_fd_);
      direct_fd_ = -1;
    }
    Status s = pwrite_all(fd_, buf, len, offset);
    if (!s.ok() || !sync) return s;
    io_uring_sqe* f = io_uring_get_sqe(&ring_);
    io_uring_prep_fsync(f, fd_, IORING_FSYNC_DATASYNC);
    int res = 0;
    s = submit_and_reap(&res);
    if (!s.ok()) return s;
    if (res < 0) return errno_status(-res, "io_uring fdatasync of the extent");
    return Status();
  }

 private:
  static constexpr size_t kAlign = 4096;

  // One submission, one completion: its result in *res.
  Status submit_and_reap(int* res) {
    int r = io_uring_submit_and_wait(&ring_, 1);
    if (r < 0) return errno_status(-r, "io_uring_submit");
    io_uring_cqe* cqe = nullptr;
    r = io_uring_wait_cqe(&ring_, &cqe);
    if (r < 0) return errno_status(-r, "io_uring_wait_cqe");
    *res = cqe->res;
    io_uring_cqe_seen(&ring_, cqe);
    return Status();
  }

  // Writes [buf, buf+len) durably at `offset` (kInvalid: O_DIRECT refused, nothing written
  // that counts). The buffer is staged when it is not aligned for O_DIRECT.
  Status direct_dsync(const uint8_t* buf, size_t len, uint64_t offset) {
    if (reinterpret_cast<uintptr_t>(buf) % kAlign != 0) {
      if (staging_size_ < len) {
        std::free(staging_);
        staging_size_ = std::max(len, staging_size_ * 2);
        staging_ = static_cast<uint8_t*>(std::aligned_alloc(kAlign, staging_size_));
        if (staging_ == nullptr) {
          staging_size_ = 0;
          return Status(Errc::kIo, "out of memory staging a batch for O_DIRECT");
        }
      }
      std::memcpy(staging_, buf, len);
      buf = staging_;
    }
    while (len > 0) {
      io_uring_sqe* w = io_uring_get_sqe(&ring_);
      io_uring_prep_write(w, direct_fd_, buf, static_cast<unsigned>(std::min<size_t>(len, 1u << 30)), offset);
      w->rw_flags = RWF_DSYNC;
      int res = 0;
      Status s = submit_and_reap(&res);
      if (!s.ok()) return s;
      if (res == -EINVAL || res == -EOPNOTSUPP) return Status(Errc::kInvalid, std::strerror(-res));
      if (res < 0) return errno_status(-res, "io_uring write (O_DIRECT, RWF_DSYNC) of the extent at offset " +
                                                 std::to_string(offset));
      if (res == 0) return Status(Errc::kIo, "io_uring write of the extent made no progress");
      // A short write (not seen on a pre-grown extent) continues where it stopped;
      // O_DIRECT keeps it block-aligned.
      buf += res;
      len -= static_cast<size_t>(res);
      offset += static_cast<uint64_t>(res);
    }
    return Status();
  }

  io_uring ring_{};
  bool ring_ok_ = false;
  bool want_direct_;
  int direct_fd_ = -1;
  uint8_t* staging_ = nullptr;
  size_t staging_size_ = 0;
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
  if (kind != "uring" && kind != "uring-direct" && kind != "auto")
    return Status(Errc::kInvalid, "unknown I/O backend '" + kind + "' (uring, uring-direct, pwrite, auto)");
  auto u = std::make_unique<UringBackend>(fd, kind == "uring-direct");
  Status s = u->init();
  if (s.ok()) return std::unique_ptr<IoBackend>(std::move(u));
  if (kind != "auto") return s;
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
    // And dropped from the page cache: an O_DIRECT write cannot be issued without
    // blocking over cached pages, so each would go to an io-wq worker (measured: one
    // in ~11 lone commits, one per cached folio).
    (void)::posix_fadvise(fd_, static_cast<off_t>(at), static_cast<off_t>(chunk), POSIX_FADV_DONTNEED);
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
