// Public interface of the storage engine: repository locations, the client Session a
// VM uses (attach, begin, read, allocate, write, commit, abort, changed objects), the
// stone's entry point, and read-only status for operator tools. Never throws.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shared_cache/status.h"

namespace maglev::txn {

using Oop = uint64_t;      // persistent object id; 0 is never allocated
using ClassId = uint64_t;  // the class's own oop (opaque to the store)
// The repository's root object: never allocated, written by whichever session creates
// or changes it (an ordinary object for snapshots and conflicts). The VM keeps its
// persistent roots there; the store gives it no other meaning.
inline constexpr Oop kRootOop = 1;
inline constexpr Oop kFirstAllocatedOop = 2;

// --- repository locations -------------------------------------------------------------
// $MAGLEV_HOME/data/<name>, else ${XDG_DATA_HOME:-$HOME/.local/share}/maglev/data/<name>.
std::filesystem::path data_directory();
std::filesystem::path repository_path(const std::string& name = "maglev");
// Files inside a repository directory.
std::filesystem::path extent_path(const std::filesystem::path& repo);
std::filesystem::path socket_path(const std::filesystem::path& repo);
std::filesystem::path lock_path(const std::filesystem::path& repo);
std::filesystem::path log_path(const std::filesystem::path& repo);
// Shared segment name for a repository: "maglev-" + XXH3 of its real path.
std::string segment_name(const std::filesystem::path& repo);
// Creates the directory (0700) and an empty extent. kBusy if it already exists.
Status create_repository(const std::filesystem::path& repo);

// --- client ---------------------------------------------------------------------------
struct Object {
  ClassId class_id = 0;
  std::vector<uint8_t> bytes;
};

struct CommitResult {
  Status status;                // ok, kConflict (see conflicts), or another error
  uint64_t commit = 0;          // the commit number when ok
  std::vector<Oop> conflicts;   // objects another session committed first
  bool ok() const { return status.ok(); }
};

struct Changes {
  bool everything = false;      // too old to list: refresh every local copy
  std::vector<Oop> oops;        // written by other sessions since the previous snapshot
};

// Whole-object writes laid out as the commit message carries them, in one buffer (no
// allocation per object): for a session that writes many objects at once. Hand it to
// Session::write(WriteBatch&&); it is sent as it is at commit.
class WriteBatch {
 public:
  WriteBatch();
  // Appends a write of the whole object. Each oop at most once per batch.
  void add(Oop oop, ClassId class_id, const void* bytes, size_t size);
  uint32_t count() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  friend class Session;
  friend class SessionImpl;
  std::vector<uint8_t> data_;   // room for the commit header, then per write its header
                                // and bytes (padded to 8)
  uint32_t count_ = 0;
  bool invalid_ = false;        // an oop 0 or an object larger than 1 GiB was added
};

struct SessionStats {
  uint64_t snapshot = 0, commits = 0, conflicts = 0, aborts = 0;
  uint64_t lookups = 0, hits = 0, disk_reads = 0;
};

class SessionImpl;

// One VM's connection to a repository's stone. Not thread-safe: one thread at a time.
// A session is always either in a transaction (after begin) or between transactions.
class Session {
 public:
  ~Session();
  Session(Session&&) noexcept;
  // Connects to the stone serving `repo` and maps its shared segment. kNotFound when no
  // stone runs there, kPermission for another user's repository.
  static Result<Session> attach(const std::filesystem::path& repo);

  // Starts a transaction on the newest published commit; returns its number. Drops
  // nothing: call abort() first to discard buffered writes.
  Result<uint64_t> begin();
  uint64_t snapshot() const;
  // The object as of the snapshot (or this transaction's own write). nullopt if absent.
  // kCorrupt (naming page and repository) when a page fails verification.
  Result<std::optional<Object>> read(Oop oop);
  // The same, appending the object's bytes to `out` (a reader of many objects reuses one
  // buffer: no allocation per object); false if absent (`out` unchanged).
  Result<bool> read_into(Oop oop, std::vector<uint8_t>* out, ClassId* class_id = nullptr);
  // Fresh object ids (never reused).
  Result<Oop> allocate();
  // `count` consecutive fresh ids in one round trip (the stone may grant fewer, at
  // least one): for a caller that keeps its own pool. Returns the first; *granted says
  // how many.
  Result<Oop> allocate_range(uint64_t count, uint64_t* granted);
  // Buffers a write of the whole object (last write wins).
  Status write(Oop oop, ClassId class_id, const void* bytes, size_t size);
  // The same, taking over the buffer (no copy).
  Status write(Oop oop, ClassId class_id, std::vector<uint8_t>&& bytes);
  // Buffers a batch of writes, taking it over. REQUIRES: no object in it is written
  // otherwise in this transaction (another batch or write()).
  Status write(WriteBatch&& batch);
  // Sends the buffered writes. Ok: durable (or installed, relaxed stones) and visible to
  // every later begin(). Conflict: nothing written, the buffer is kept. Either way the
  // session is between transactions afterwards.
  CommitResult commit();
  // Discards buffered writes and ends the transaction.
  void abort();
  // Blocks until a commit newer than this session's snapshot is published (futex wait,
  // no spinning) or `timeout_us` passes; true if there is one. Then begin() sees it.
  bool wait_for_commit(uint64_t timeout_us);
  // Objects other sessions changed between the previous snapshot and the current one.
  // Read from the publications' op lists at the first call after begin() (a session that
  // never asks pays nothing); `everything` when they were overwritten meanwhile or could
  // not be read.
  Changes changes() const;
  SessionStats stats() const;
  // The shared cache's statistics as maglev-stat reads them (shared_cache::counter_map:
  // commits, conflicts, aborts, hits, misses, frames_used, latency sums, oldest_snapshot,
  // ...), cumulative since the stone started. Reads the segment only; cheap enough to
  // call per request (O(frames + session slots)).
  std::map<std::string, uint64_t> cache_statistics() const;
  bool in_transaction() const;

 private:
  explicit Session(std::unique_ptr<SessionImpl> impl);
  std::unique_ptr<SessionImpl> impl_;
};

// --- the stone ------------------------------------------------------------------------
struct StoneOptions {
  std::filesystem::path repo;
  std::string io = "auto";         // uring | pwrite | auto
  bool relaxed = false;            // acknowledge once installed in the cache
  bool create = false;             // create the repository when missing
  uint32_t cache_mb = 64;
  uint32_t segment_mb = 64;        // size of each extent segment (txn/extent_files.h)
  uint64_t checkpoint_mb = 64;     // superblock checkpoint after this much appended
  uint32_t gather_us = 200;        // group commit: wait this long at most for sessions
                                   // acknowledged by the last batch to send again
  uint32_t slice_us = 100;         // scheduler slice the stone's thread asks for (see
                                   // txn/sched_slice.h); 0: the scheduler's default
  std::string cpu = "auto";        // the CPU of the commit path (txn/cpu_placement.h): "auto"
                                   // (the one handling the extent's disk interrupts, if
                                   // one does), "none", or a CPU number
  bool defer_tree = false;          // write a batch's object-table pages by a background flush
                                   // before the next checkpoint instead of with the batch
                                   // (txn/deferred_writer.h). Off: on this disk a 12 KiB
                                   // append syncs about as fast as 4 KiB, and the flushes
                                   // (every superseded tree page, in bursts) cost lone
                                   // commits ~15% of their rate (bench/README.md)
  uint32_t spin_us = 0;            // poll this long for the next request of the one or two
                                   // sessions just acknowledged before sleeping (adaptive,
                                   // see txn/adaptive_spin.h); 0: never spin (no gain
                                   // measured under load, see bench/README.md)
  int ready_fd = -1;               // written "ok\n" or the error when ready/failed
};
// Runs the stone until SIGTERM/SIGINT. Returns the reason it could not start or run.
Status run_stone(const StoneOptions& options);

// --- status for operator tools ---------------------------------------------------------
struct SessionInfo {
  uint32_t pid = 0;
  uint64_t snapshot = 0;
  double snapshot_age_s = 0;
  uint64_t commits = 0;
};
struct StoneInfo {
  bool running = false;
  uint32_t pid = 0;
  std::filesystem::path repo;
  uint64_t newest_commit = 0;
  uint64_t extent_bytes = 0;
  std::vector<SessionInfo> sessions;
  std::map<std::string, uint64_t> counters;  // global statistics (shared_cache::counter_map)
};
// Reads a running stone's state from its segment (read-only); running=false if none.
Result<StoneInfo> stone_info(const std::filesystem::path& repo);
// Repositories whose stone runs, sorted: those under data_directory() and, found through
// their shared segments, this user's stones of repositories anywhere else.
std::vector<std::filesystem::path> running_repositories();

}  // namespace maglev::txn
