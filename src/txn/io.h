// The extent I/O seam: one interface, two backends (io_uring and plain pwrite). The
// stone writes each batch with one submit (write + fdatasync) and keeps working while
// it is in flight; growth and superblock writes are synchronous. Stone only.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "shared_cache/status.h"

namespace maglev::txn {

class IoBackend {
 public:
  virtual ~IoBackend() = default;
  // kind: "uring", "pwrite" or "auto" (io_uring, else pwrite when the kernel refuses).
  static Result<std::unique_ptr<IoBackend>> make(const std::string& kind, int fd);

  virtual const char* name() const = 0;
  // Starts writing [buf, buf+len) at `offset`, then fdatasync when `sync`. At most one
  // operation in flight; `buf` must stay valid until reap() returns true.
  virtual Status submit(const uint8_t* buf, size_t len, uint64_t offset, bool sync) = 0;
  // A descriptor that becomes readable when a completion is ready, or -1 when submit
  // completes synchronously (call reap() straight after).
  virtual int event_fd() const = 0;
  // True once the in-flight operation finished; *result says how.
  virtual bool reap(Status* result) = 0;

  // Synchronous write (+ fdatasync) for superblocks and crash-point paths.
  Status write_now(const uint8_t* buf, size_t len, uint64_t offset, bool sync);
  // Extends the file from `from` to `to` bytes by writing zeros, then fdatasync. On
  // failure (ENOSPC) the file is cut back to `from` and kNoSpace returned. Thread-safe
  // against the other operations as long as they stay below `from` (BackgroundGrower).
  Status grow(uint64_t from, uint64_t to);
  int fd() const { return fd_; }

 protected:
  explicit IoBackend(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace maglev::txn
