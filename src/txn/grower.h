// Background extent growth: the stone grows the extent (zeros written, then fdatasync)
// on a thread of its own ahead of need, so that no commit waits for a growth step.
// Owned and called by the stone's main thread only; the thread it starts touches
// nothing but the extent descriptor (IoBackend::grow, positional writes beyond every
// page a commit may write).
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>

#include "shared_cache/status.h"
#include "txn/io.h"

namespace maglev::txn {

class BackgroundGrower {
 public:
  explicit BackgroundGrower(IoBackend& io) : io_(io) {}
  ~BackgroundGrower();
  BackgroundGrower(const BackgroundGrower&) = delete;
  BackgroundGrower& operator=(const BackgroundGrower&) = delete;

  // True while a growth runs or its outcome has not been collected by finish().
  bool busy() const { return thread_.joinable(); }
  // Starts growing the extent from `from` to `to` bytes. REQUIRES: !busy(); no page at
  // or beyond `from` is written until finish() reports the growth.
  void start(uint64_t from, uint64_t to);
  // Collects a growth's outcome: false while it runs (and `wait` is false) or when none
  // was started; else true with the size reached (`to` on success, `from` on failure:
  // the file is cut back) and how it went.
  bool finish(bool wait, uint64_t* size, Status* result);

 private:
  IoBackend& io_;
  std::thread thread_;
  std::atomic<bool> done_{false};
  uint64_t from_ = 0, to_ = 0;
  Status result_;
};

}  // namespace maglev::txn
