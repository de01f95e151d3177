// Implements both I/O backends: pwrite + fdatasync, and pwrite + fdatasync in an io_uring.
#include "txn/io.h"

#include <sched.h>
#include <liburing.h>
#include <unistd.h>

#include <vector>
#include <spdlog/spdlog.h>

namespace maglev::txn {

namespace {

class PwriteBackend final : public IoBackend {
 public:
  explicit PwriteBackend(ExtentFiles& files) : IoBackend(files) {}
  const char* name() const override { return "pwrite"; }
  Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    return write_now(buf, len, offset, sync);
  }
};

// The batch is copied into the page cache by pwrite and the fdatasync of each file it
// touched (one, or two where it crosses into the next segment) goes through the ring,
// which hands it to an io-wq worker (a thread of the stone): one wake-up of the worker,
// which writes the pages back and flushes, and one of the stone when it is done.
class UringBackend final : public IoBackend {
 public:
  explicit UringBackend(ExtentFiles& files) : IoBackend(files) {}
  ~UringBackend() override {
    if (ring_ok_) io_uring_queue_exit(&ring_);
  }
  Status init() {
    // One thread submits and reaps: completions run as that thread's deferred task
    // work when it waits (no signal-style notification per completion).
    int r = io_uring_queue_init(4, &ring_, IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN);
    if (r == -EINVAL) r = io_uring_queue_init(4, &ring_, 0);  // kernels before 6.1
    if (r < 0) return errno_status(-r, "io_uring_queue_init");
    ring_ok_ = true;
    return Status();
  }
  Status pin_workers(int cpu) override {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    int r = io_uring_register_iowq_aff(&ring_, sizeof set, &set);
    return r < 0 ? errno_status(-r, "io_uring_register_iowq_aff") : Status();
  }
  const char* name() const override { return "io_uring (pwrite, fdatasync in the ring)"; }
  Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) override {
    touched_.clear();
    Status s = files_.write(buf, len, offset, &touched_);
    if (!s.ok() || !sync) return s;
    for (int fd : touched_) {
      io_uring_sqe* f = io_uring_get_sqe(&ring_);
      io_uring_prep_fsync(f, fd, IORING_FSYNC_DATASYNC);
    }
    const unsigned n = static_cast<unsigned>(touched_.size());
    int r = io_uring_submit_and_wait(&ring_, n);
    if (r < 0) return errno_status(-r, "io_uring_submit");
    int err = 0;
    for (unsigned i = 0; i < n; ++i) {
      io_uring_cqe* cqe = nullptr;
      r = io_uring_wait_cqe(&ring_, &cqe);
      if (r < 0) return errno_status(-r, "io_uring_wait_cqe");
      if (cqe->res < 0 && err == 0) err = -cqe->res;
      io_uring_cqe_seen(&ring_, cqe);
    }
    if (err != 0) return errno_status(err, "io_uring fdatasync of the extent");
    return Status();
  }

 private:
  io_uring ring_{};
  bool ring_ok_ = false;
  std::vector<int> touched_;
};

}  // namespace

Result<std::unique_ptr<IoBackend>> IoBackend::make(const std::string& kind, ExtentFiles& files) {
  if (kind == "pwrite") return std::unique_ptr<IoBackend>(new PwriteBackend(files));
  if (kind != "uring" && kind != "auto")
    return Status(Errc::kInvalid, "unknown I/O backend '" + kind + "' (uring, pwrite, auto)");
  auto u = std::make_unique<UringBackend>(files);
  Status s = u->init();
  if (s.ok()) return std::unique_ptr<IoBackend>(std::move(u));
  if (kind != "auto") return s;
  spdlog::warn("io_uring unavailable ({}), using the pwrite backend", s.to_string());
  return std::unique_ptr<IoBackend>(new PwriteBackend(files));
}

Status IoBackend::write_now(const uint8_t* buf, size_t len, uint64_t offset, bool sync) {
  std::vector<int> touched;
  Status s = files_.write(buf, len, offset, &touched);
  if (!s.ok() || !sync) return s;
  return ExtentFiles::sync(touched);
}

}  // namespace maglev::txn
