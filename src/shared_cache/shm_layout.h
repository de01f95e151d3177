// Every struct that lives in the shared segment (Shm* prefix): header, statistics,
// session slots, publication ring, frame states and the page index. Fixed-width
// fields and atomics only, offsets instead of pointers; sizes checked by static_assert.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace maglev::shared_cache {

inline constexpr uint64_t kShmMagic = 0x314547414d474c4dULL;  // "MLGMAGE1"
// Bump whenever any struct in this file changes: a mismatched build refuses to attach.
inline constexpr uint32_t kShmLayoutVersion = 7;
inline constexpr uint32_t kIndexWays = 8;       // entries per index bucket (one cache line)
inline constexpr uint32_t kLatencyBuckets = 24; // log2 microsecond histogram buckets
inline constexpr uint32_t kMaxSessions = 256;   // the pending-request bitmap's size

using Counter = std::atomic<uint64_t>;
static_assert(Counter::is_always_lock_free);

// A counter alone on its cache line (stone-side global counters are hot).
struct alignas(64) ShmPaddedCounter {
  Counter value{0};
};
static_assert(sizeof(ShmPaddedCounter) == 64);

// Where a commit batch's time goes besides its sync (sync_latency_us), per batch:
// gather = its oldest request's wait before the batch began (the gather window, and
// the previous batch when it was still in flight), build = checks, pages and object-table
// update up to the write's submission, publish = publication and the acknowledgements.
enum ShmBatchPhase : uint32_t { kPhaseGather = 0, kPhaseBuild = 1, kPhasePublish = 2, kBatchPhases = 3 };
inline constexpr const char* kBatchPhaseNames[kBatchPhases] = {"gather", "build", "publish"};

// Global statistics. Written by the stone (commit side) and by VMs (cache side);
// per-session counters live in ShmSession and are folded in here when a slot is reclaimed.
struct ShmStats {
  ShmPaddedCounter commits, conflicts, aborts, batches, syncs, pages_written, bytes_appended;
  ShmPaddedCounter pages_read, lookups, hits, misses, evictions, install_failures;
  ShmPaddedCounter frames_used;
  ShmPaddedCounter commit_latency_us[kLatencyBuckets];  // request received -> acknowledged
  ShmPaddedCounter sync_latency_us[kLatencyBuckets];    // submit -> durable
  ShmPaddedCounter commit_latency_sum_us, sync_latency_sum_us;  // sums of the above (means)
  // Per batch (stone only, one writer: not padded apart).
  alignas(64) Counter phase_us[kBatchPhases][kLatencyBuckets];
  Counter phase_sum_us[kBatchPhases];
};

enum ShmSessionState : uint32_t { kSessionFree = 0, kSessionActive = 1 };
// What an attached VM is doing (ShmSession::txn_state; for monitors only).
enum ShmTxnState : uint32_t { kTxnIdle = 0, kTxnOpen = 1, kTxnCommitting = 2 };

// One attached VM. The stone allocates and frees slots (owner of `state`, `pid`,
// `token`); the VM owns the remaining fields of its own slot.
struct alignas(64) ShmSession {
  std::atomic<uint32_t> state{kSessionFree};
  std::atomic<uint32_t> pid{0};
  std::atomic<uint64_t> token{0};           // unique per attach; names the writer in commit lists
  std::atomic<uint64_t> snapshot{0};        // commit number the VM currently reads at
  std::atomic<uint64_t> snapshot_time_ns{0};// CLOCK_REALTIME when that snapshot was taken
  Counter commits{0}, conflicts{0}, aborts{0};
  Counter lookups{0}, hits{0}, pages_read{0};
  std::atomic<uint32_t> txn_state{kTxnIdle};  // ShmTxnState, written by the VM
  uint32_t reserved32{0};
  uint64_t reserved[4];
  // The commit channel (txn/slot_channel.h): a request in the slot's request area, the
  // reply here. Its own cache line: the stone writes the reply half.
  alignas(64) std::atomic<uint32_t> req_seq{0};  // VM: bumped when a request is posted
  std::atomic<uint32_t> req_len{0};              // VM: bytes in the request area
  std::atomic<uint32_t> waiting{0};              // VM: asleep (or going to sleep) on reply_futex
  std::atomic<uint32_t> awaited{0};              // stone sets, VM clears: acked by the last batch
  std::atomic<uint32_t> reply_seq{0};            // stone: the req_seq answered
  std::atomic<uint32_t> reply_kind{0};           // stone: ShmReplyKind
  std::atomic<uint64_t> reply_commit{0};         // stone: the commit number (kReplyCommitted)
  std::atomic<uint64_t> reply_grant{0};          // stone: first of the fresh ids granted with
  std::atomic<uint32_t> reply_grant_count{0};    //   kReplyCommitted (MsgCommit::want_ids); 0: none
};
static_assert(sizeof(ShmSession) == 192);

enum ShmReplyKind : uint32_t {
  kReplyCommitted = 1,  // durable (or installed, relaxed) as commit reply_commit
  kReplyOnSocket = 2,   // the answer (conflict, error) is a message on the session socket
};

// One published durable (or, in relaxed mode, installed) group of commits. Written by
// the stone before the release-store of ShmHeader::published_seq; read under a
// seqlock check of `seq` because the ring wraps.
struct alignas(64) ShmPublication {
  std::atomic<uint64_t> seq{0};
  std::atomic<uint64_t> first_commit{0}, last_commit{0};
  std::atomic<uint64_t> root_page{0};
  std::atomic<uint64_t> tree_height{0};
  std::atomic<uint64_t> oplist_page{0};     // 0: no commit list (e.g. the recovery point)
  std::atomic<uint64_t> oplist_loc{0};      // offset << 32 | length, in the data stream
  std::atomic<uint64_t> time_ns{0};
};
static_assert(sizeof(ShmPublication) == 64);

// Frame state word: [63..48] version, [47..40] flags, [39..0] page id (or owner+1 when busy).
inline constexpr uint64_t kFrameValid = 1ULL << 40;
inline constexpr uint64_t kFrameBusy = 1ULL << 41;
inline constexpr uint64_t kFramePinned = 1ULL << 42;
inline constexpr uint64_t kFramePageMask = (1ULL << 40) - 1;
inline constexpr uint64_t kFrameVersionOne = 1ULL << 48;

struct ShmFrame {
  std::atomic<uint64_t> state{0};
  std::atomic<uint32_t> referenced{0};  // clock bit
  uint32_t pad{0};
};
static_assert(sizeof(ShmFrame) == 16);

// Index entry: page id << 24 | (frame + 1); 0 = empty. A hint only: readers confirm
// against the frame's state word.
struct alignas(64) ShmIndexBucket {
  std::atomic<uint64_t> entry[kIndexWays];
};
static_assert(sizeof(ShmIndexBucket) == 64);
inline constexpr uint64_t kIndexFrameBits = 24;

// ShmHeader::stone_asleep: whom a posting VM wakes (through the stone's event fd).
enum ShmStoneSleep : uint32_t {
  kStoneAwake = 0,      // nobody: the stone scans the slots before it sleeps again
  kStoneIdle = 1,       // any VM that posts
  kStoneGathering = 2,  // the last session of the previous batch to post again
};

struct alignas(64) ShmHeader {
  uint64_t magic;
  uint32_t layout_version;
  uint32_t page_size;
  uint32_t frame_count;
  uint32_t bucket_count;   // power of two
  uint32_t session_count;
  uint32_t ring_size;      // power of two
  uint64_t segment_size;
  uint64_t frame_meta_offset, index_offset, sessions_offset, ring_offset, frames_offset;
  uint64_t repo_id;
  std::atomic<uint32_t> stone_pid;
  std::atomic<uint32_t> ready;          // set last by the stone when the segment is usable
  char repo_path[256];
  alignas(64) std::atomic<uint64_t> published_seq;  // newest ShmPublication::seq
  std::atomic<uint32_t> publish_futex;  // bumped at every publish; VMs FUTEX_WAIT on it
  std::atomic<uint32_t> publish_waiters;  // VMs inside wait_for_publication
  // The commit channel's stone side: which slots posted a request, whether (and how) the
  // stone sleeps, and the futex the replied-to VMs wait on (FUTEX_WAIT_BITSET, bit
  // slot % 32).
  alignas(64) std::atomic<uint64_t> pending[kMaxSessions / 64];
  std::atomic<uint32_t> stone_asleep;   // ShmStoneSleep
  std::atomic<int32_t> gather_left;     // acked sessions not yet back (kStoneGathering)
  std::atomic<uint32_t> reply_futex;    // bumped at every batch of replies
  uint32_t request_bytes;               // per-slot request area
  uint64_t requests_offset;
  // Answered VMs asleep on reply_futex that nobody has woken yet (txn/wake_relay.h).
  alignas(64) std::atomic<uint64_t> wake_pending[kMaxSessions / 64];
  alignas(64) std::atomic<uint64_t> clock_hand;
  alignas(64) std::atomic<uint64_t> extent_pages;   // extent size in pages (for status)
  ShmStats stats;
};
static_assert(offsetof(ShmHeader, published_seq) % 64 == 0);

}  // namespace maglev::shared_cache
