// The stone's deferred tree pages: object-table pages of durable batches that were not
// written with their batch (a lone commit appends only its record page). They stay
// pinned in the shared cache until a flush has written them to their places in the
// extent and synced them; only then may a superblock checkpoint name a batch at or after
// them. The flush runs on a thread of its own. Owned and called by the stone's main
// thread only; the thread touches nothing but the extent's files (positional writes
// into pages no commit writes again).
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>
#include <utility>
#include <vector>

#include "shared_cache/status.h"
#include "txn/io.h"
#include "txn/object_table.h"

namespace maglev::txn {

class DeferredWriter {
 public:
  using Frames = std::vector<std::pair<int32_t, uint64_t>>;  // (cache frame, page id)
  explicit DeferredWriter(IoBackend& io) : io_(io) {}
  ~DeferredWriter();
  DeferredWriter(const DeferredWriter&) = delete;
  DeferredWriter& operator=(const DeferredWriter&) = delete;

  // Adds the `count` sealed pages at byte `offset` of `buf` (taken over, not copied),
  // which belong at page `first`, and the frames that pin them, after their batch is
  // durable.
  void add(uint64_t first, PageBuffer&& buf, size_t offset, uint64_t count, const Frames& frames);
  // Pages added and not yet handed to a flush.
  uint64_t pending_pages() const { return pending_pages_; }
  bool busy() const { return thread_.joinable(); }
  // Starts writing every pending page, then fdatasync. REQUIRES: !busy().
  void start_flush();
  // Collects a flush: false while it runs (and `wait` is false) or when none was
  // started; else true, *result says how, *frames are the pins it released.
  bool finish(bool wait, Status* result, Frames* frames);

 private:
  struct Run {
    uint64_t first;
    PageBuffer buf;
    size_t offset, len;  // the run's bytes in buf
  };
  Status write_runs(const std::vector<Run>& runs);

  IoBackend& io_;
  std::vector<Run> pending_, flushing_;
  Frames pending_frames_, flushing_frames_;
  uint64_t pending_pages_ = 0;
  std::thread thread_;
  std::atomic<bool> done_{false};
  Status result_;
};

}  // namespace maglev::txn
