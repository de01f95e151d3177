// The extent I/O seam: one interface, two backends (io_uring, and plain pwrite for tests
// and kernels without io_uring), over the extent's files (txn/extent_files.h). The
// stone's thread appends each batch with append() (write + fdatasync of every file the
// batch touched, returning when durable); superblocks, deferred tree pages and
// crash-point paths use the thread-safe write_now(). Stone only; never creates files.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "shared_cache/status.h"
#include "txn/extent_files.h"

namespace maglev::txn {

class IoBackend {
 public:
  virtual ~IoBackend() = default;
  // kind: "uring", "pwrite" or "auto" (io_uring, else pwrite when the kernel refuses).
  static Result<std::unique_ptr<IoBackend>> make(const std::string& kind, ExtentFiles& files);

  virtual const char* name() const = 0;
  // Writes [buf, buf+len) at byte `offset` of the extent, then fdatasync when `sync`;
  // returns when done. One thread only (the stone's): the io_uring backend owns one ring.
  virtual Status append(const uint8_t* buf, size_t len, uint64_t offset, bool sync) = 0;

  // pwrite (+ fdatasync) for superblocks, deferred pages and crash-point paths: any thread.
  Status write_now(const uint8_t* buf, size_t len, uint64_t offset, bool sync);
  ExtentFiles& files() { return files_; }
  // Keeps the backend's kernel workers (io_uring's io-wq) on `cpu` (txn/cpu_placement.h).
  virtual Status pin_workers(int cpu) {
    (void)cpu;
    return Status();
  }

 protected:
  explicit IoBackend(ExtentFiles& files) : files_(files) {}
  ExtentFiles& files_;
};

}  // namespace maglev::txn
