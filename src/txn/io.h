// The extent I/O seam: one interface, two backends (io_uring, and plain pwrite for tests
// and kernels without io_uring). The stone's thread appends each batch with append()
// (write + fdatasync, returning when durable); superblocks, deferred tree pages and
// growth use the thread-safe pwrite path. Stone only.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "shared_cache/status.h"

namespace maglev::txn {

class IoBackend {
 public:
  virtual ~IoBackend() = default;
  // kind: "uring", "uring-direct" (its batches as O_DIRECT writes with RWF_DSYNC),
  // "pwrite" or "auto" (io_uring, else pwrite when the kernel refuses).
  static Result<std::unique_ptr<IoBackend>> make(const std::string& kind, int fd);

  virtual const char* name() const = 0;
  // Writes [buf, buf+len) at `offset`, then fdatasync when `sync`; returns when done.
  // One thread only (the stone's): the io_uring backend owns one ring.
  virtual Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) = 0;

  // pwrite (+ fdatasync) for superblocks, deferred pages and crash-point paths: any thread.
  Status write_now(const uint8_t* buf, size_t len, uint64_t offset, bool sync);
  // Extends the file from `from` to `to` bytes by writing zeros, then fdatasync. On
  // failure (ENOSPC) the file is cut back to `from` and kNoSpace returned. Thread-safe
  // against the other operations as long as they stay below `from` (BackgroundGrower).
  Status grow(uint64_t from, uint64_t to);
  int fd() const { return fd_; }
  // Keeps the backend's kernel workers (io_uring's io-wq) on `cpu` (txn/cpu_placement.h).
  virtual Status pin_workers(int cpu) {
    (void)cpu;
    return Status();
  }

 protected:
  explicit IoBackend(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace maglev::txn
