// Public interface of the shared page cache: one shared-memory segment per repository
// (created by the stone, attached by VMs) holding published commits, session slots,
// statistics and a clock-evicted cache of immutable extent pages. Does no disk I/O.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "shared_cache/shm_layout.h"
#include "shared_cache/status.h"

namespace maglev::shared_cache {

struct SegmentConfig {
  uint32_t page_size = 4096;
  uint32_t frame_count = 16384;   // 64 MiB of 4 KiB frames
  uint32_t session_count = 256;
  uint32_t ring_size = 4096;
  uint32_t request_bytes = 16384;  // per session: commit requests up to this size go
                                   // through the segment (multiple of 4096)
  uint64_t repo_id = 0;
  std::string repo_path;
};

// The newest publication as a reader sees it.
struct Publication {
  uint64_t seq = 0;
  uint64_t first_commit = 0, last_commit = 0;
  uint64_t root_page = 0, tree_height = 0;
  uint64_t oplist_page = 0;
  uint32_t oplist_offset = 0, oplist_length = 0;
  uint64_t time_ns = 0;
};

// A mapped segment. Thread-compatible: one object per thread or external locking for
// the non-atomic members; all shared state it touches is lock-free, so a process killed
// at any instruction leaves nothing locked (a half-installed frame is reclaimed by the
// stone through reclaim_session).
class Segment {
 public:
  ~Segment();
  Segment(const Segment&) = delete;
  Segment& operator=(const Segment&) = delete;

  // Stone only: creates `name` (mode 0600), sizes and pre-faults it, initialises the
  // header. Fails with kBusy if it exists; remove() a stale one first.
  static Result<std::unique_ptr<Segment>> create(const std::string& name,
                                                 const SegmentConfig& config);
  // VMs and tools: maps an existing segment and checks magic, layout version and size.
  static Result<std::unique_ptr<Segment>> attach(const std::string& name, bool read_only);
  // Fills this process's page tables for the whole segment (once; later calls return at
  // once). Sessions call it when they start committing: then every frame the stone fills
  // would otherwise cost them a page fault, while a short-lived reader that only looks
  // at a few frames is spared mapping (and at exit unmapping) the whole segment.
  void populate();
  // Unlinks the segment name (mappings stay valid). True if something was removed.
  static bool remove(const std::string& name);
  static bool exists(const std::string& name);

  ShmHeader& header() { return *header_; }
  const ShmHeader& header() const { return *header_; }
  ShmStats& stats() { return header_->stats; }
  uint32_t page_size() const { return header_->page_size; }
  const std::string& name() const { return name_; }

  // --- publications (stone writes, everyone reads) ---
  void publish(const Publication& p);                // stone only; assigns p.seq order
  Publication newest() const;                        // acquire-load of the newest
  // Blocks (futex, no spinning) until a publication newer than `seq` exists or
  // `timeout_us` passes. True if there is a newer one.
  bool wait_for_publication(uint64_t seq, uint64_t timeout_us);
  // Publication `seq` if still in the ring (false when overwritten or not yet published).
  bool publication(uint64_t seq, Publication* out) const;

  // --- sessions ---
  ShmSession& session(uint32_t slot) { return sessions_[slot]; }
  uint32_t session_count() const { return header_->session_count; }
  // The slot's request area (header().request_bytes long; the commit channel's).
  uint8_t* request_area(uint32_t slot) {
    return base_ + header_->requests_offset + uint64_t{slot} * header_->request_bytes;
  }
  // Stone only: takes a free slot for `pid`, or -1 when full.
  int32_t claim_session(uint32_t pid, uint64_t token, uint64_t snapshot);
  // Stone only: folds the slot's counters into the global ones, frees frames the dead
  // owner left busy, and frees the slot.
  void reclaim_session(uint32_t slot);

  // --- page cache ---
  // Copies `len` bytes at `offset` of cached page `page_id` into `out`. False on a miss.
  // `slot` (or -1) is the caller's session for per-session counters.
  bool read_cached(uint64_t page_id, uint32_t offset, void* out, uint32_t len, int32_t slot);
  // Copies a verified page into a frame chosen by the clock and indexes it. `owner` is
  // the installing session's slot (-1 for the stone). `pinned` frames are never evicted
  // until unpin(). Returns the frame, or -1 when no frame could be taken.
  int32_t install(uint64_t page_id, const void* page, int32_t owner, bool pinned);
  void unpin(int32_t frame, uint64_t page_id);
  uint32_t frames_in_use() const;

 private:
  Segment() = default;
  bool index_insert(uint64_t page_id, uint32_t frame);
  void index_remove(uint64_t page_id, uint32_t frame);
  ShmIndexBucket& bucket_for(uint64_t page_id);
  uint8_t* frame_data(uint32_t frame) {
    return base_ + header_->frames_offset + uint64_t{frame} * header_->page_size;
  }

  std::string name_;
  uint8_t* base_ = nullptr;
  uint64_t size_ = 0;
  bool populated_ = false;
  ShmHeader* header_ = nullptr;
  ShmFrame* frames_ = nullptr;
  ShmIndexBucket* index_ = nullptr;
  ShmSession* sessions_ = nullptr;
  ShmPublication* ring_ = nullptr;
};

// Histogram bucket for a latency in microseconds (log2; last bucket open-ended).
uint32_t latency_bucket(uint64_t micros);
// Counts one batch's time in `phase` (stone only).
void record_phase(ShmStats& stats, ShmBatchPhase phase, uint64_t micros);

// --- statistics (statistics.cc): for monitors and the VM ---
struct SessionCounters {
  uint32_t slot = 0, pid = 0, txn_state = 0;  // txn_state: ShmTxnState
  uint64_t snapshot = 0, snapshot_time_ns = 0;  // CLOCK_REALTIME
  uint64_t commits = 0, conflicts = 0, aborts = 0, lookups = 0, hits = 0, pages_read = 0;
};
// Cumulative since the stone started; aborts/lookups/hits/pages_read include the
// attached sessions' and those of sessions already gone.
struct CacheCounters {
  uint64_t time_ns = 0;  // CLOCK_REALTIME of the reading
  uint32_t page_size = 0;
  uint64_t newest_commit = 0, extent_pages = 0;
  uint32_t frames_total = 0, frames_used = 0, frames_pinned = 0, frames_busy = 0;
  uint64_t commits = 0, conflicts = 0, aborts = 0, batches = 0, syncs = 0, pages_written = 0;
  uint64_t bytes_appended = 0, pages_read = 0, lookups = 0, hits = 0, evictions = 0, install_failures = 0;
  uint64_t commit_latency_us[kLatencyBuckets] = {}, sync_latency_us[kLatencyBuckets] = {};
  uint64_t commit_latency_sum_us = 0, sync_latency_sum_us = 0;
  uint64_t phase_us[kBatchPhases][kLatencyBuckets] = {}, phase_sum_us[kBatchPhases] = {};  // ShmBatchPhase
  std::vector<SessionCounters> sessions;  // the attached ones
};
// One consistent reading (a slot reclaimed meanwhile is not counted twice). Reads only:
// fine on a read-only mapping; any process, any thread; lock-free, O(frames + slots).
CacheCounters read_counters(const Segment& seg);
// The global counters and gauges by name ("commits", "hits", "frames_used", ...).
std::map<std::string, uint64_t> counter_map(const CacheCounters& c);

}  // namespace maglev::shared_cache
