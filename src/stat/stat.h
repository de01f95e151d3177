// maglev-stat's parts: read-only samples of a stone's shared segment (sample.cc), the
// rates and percentiles a person reads (report.cc), and the ways of showing them:
// terminal view (view.cc), JSON and CSV (record.cc), HTML/SVG charts (plot.cc) and a
// Prometheus endpoint (prometheus.cc). Nothing here writes to the segment: it is
// mapped PROT_READ, so a bug in the monitor faults the monitor, never the cache.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "shared_cache/shared_cache.h"
#include "shared_cache/status.h"

namespace maglev::stat {

inline constexpr uint32_t kBuckets = shared_cache::kLatencyBuckets;
inline constexpr uint32_t kPhases = shared_cache::kBatchPhases;  // gather, build, publish

struct SessionSample {
  uint32_t slot = 0;
  uint32_t pid = 0;
  std::string program;       // /proc/<pid>/comm ("?" when unreadable)
  uint32_t txn_state = 0;    // shared_cache::ShmTxnState
  uint64_t snapshot = 0;     // commit the session reads at
  double snapshot_age_s = 0; // since it took that snapshot
  uint64_t commits = 0, conflicts = 0, aborts = 0, lookups = 0, hits = 0, pages_read = 0;
};

// Everything the segment says at one moment. Counters are cumulative since the stone
// started (sessions' counters folded in, whether still attached or gone).
struct Sample {
  double time = 0;       // CLOCK_REALTIME, seconds
  double mono = 0;       // CLOCK_MONOTONIC, seconds (for rates)
  double uptime_s = 0;   // of the stone process; 0 when unknown
  std::string repo;
  uint32_t stone_pid = 0;
  uint32_t page_size = 0;
  uint64_t newest_commit = 0;
  uint64_t extent_bytes = 0;
  uint32_t frames_total = 0, frames_used = 0, frames_pinned = 0, frames_busy = 0;
#define X(field, prom, help) uint64_t field = 0;
#include "stat/counters.def"
#undef X
  uint64_t commit_hist[kBuckets] = {}, sync_hist[kBuckets] = {};  // log2 microseconds
  uint64_t commit_sum_us = 0, sync_sum_us = 0;
  uint64_t phase_hist[kPhases][kBuckets] = {}, phase_sum_us[kPhases] = {};  // per batch
  std::vector<SessionSample> sessions;
};

// The counters of Sample as (name, value), in counters.def order.
std::vector<std::pair<std::string, uint64_t>> counter_list(const Sample& s);

// A read-only attachment to one repository's stone, re-made when the stone restarts.
// Single-threaded.
class Monitor {
 public:
  explicit Monitor(std::filesystem::path repo);
  ~Monitor();
  // A fresh sample. kNotFound (with a message naming the repository and how to start
  // its stone) when no stone runs; kBusy while one is starting.
  Result<Sample> sample();
  // Unmaps the segment if its stone has gone (so a stopped stone's memory is freed
  // even when no one samples for a while).
  void release_if_gone();
  const std::filesystem::path& repo() const { return repo_; }

 private:
  Status attach();
  bool stone_alive() const;
  std::filesystem::path repo_;
  std::unique_ptr<shared_cache::Segment> seg_;
  uint32_t pid_ = 0;
  uint64_t inode_ = 0;  // of the segment's name when attached
  std::map<uint32_t, std::string> programs_;  // pid -> comm
};

struct Latency {
  uint64_t count = 0;
  double p50_us = 0, p99_us = 0, mean_us = 0;  // NaN when count == 0
};
// Percentile estimate from log2 buckets (linear inside the bucket).
double histogram_percentile(const uint64_t* hist, double q);

// What a person reads: rates and latencies over (prev, cur], or since the stone started
// when there is no previous sample of the same stone.
struct Report {
  Sample cur;
  double interval_s = 0;
  bool since_start = false;
  double commits_per_s = 0, aborts_per_s = 0, conflicts_per_s = 0, syncs_per_s = 0;
  double pages_read_per_s = 0, pages_written_per_s = 0, bytes_appended_per_s = 0;
  double lookups_per_s = 0, misses_per_s = 0, evictions_per_s = 0;
  double hit_ratio = 0;  // NaN when there were no lookups
  Latency commit, sync;
  Latency phase[kPhases];  // per batch, shared_cache::ShmBatchPhase (sync is `sync`)
  bool has_oldest = false;  // an attached session exists
  uint64_t oldest_snapshot = 0, oldest_behind = 0;
  uint32_t oldest_pid = 0;
  uint32_t oldest_state = 0;  // shared_cache::ShmTxnState
  std::string oldest_program;
  double oldest_age_s = 0;
};
Report make_report(const Sample* prev, const Sample& cur);
const char* txn_state_name(uint32_t state);

// --- output ----------------------------------------------------------------------------
// 512 -> "512 B", 1.5 MiB -> "1.5 MiB"; NaN -> "-".
std::string format_bytes(double v);
// Seconds as "12.3s", "4m05s", "3h12m", "2d04h".
std::string format_age(double s);
// The view as plain lines (at most `rows`, each at most `cols` wide).
std::vector<std::string> render_lines(const Report& r, int cols, int rows);
std::string report_json(const Report& r);

// CSV: one header line naming the columns, then one row per report.
std::string csv_header();
std::string csv_row(const Report& r);
// Appends to `path` (created 0600, header first when new). kInvalid when the file
// exists with another header.
class Recorder {
 public:
  ~Recorder();
  Status open(const std::string& path);
  Status append(const Report& r);

 private:
  std::FILE* f_ = nullptr;
  std::string path_;
};

// Reads a recorded CSV and writes a self-contained HTML page (or, when `out` ends in
// .svg, one SVG) of time-series charts.
Status plot(const std::string& csv_path, const std::string& out_path);

// The live terminal view until `q`, SIGINT/SIGTERM or `count` samples (0: forever).
// Records each sample when `recorder` is set. Returns the exit status.
int run_live(Monitor& m, double interval_s, uint64_t count, Recorder* recorder);

// Prometheus text exposition of a sample (maglev_up 0 and nothing else when absent).
std::string prometheus_text(const Sample* s);
// Serves GET /metrics on `addr` ("[HOST:]PORT", loopback by default) until SIGINT or
// SIGTERM; prints the URL it listens on. Returns the exit status.
int serve_prometheus(Monitor& m, const std::string& addr);

}  // namespace maglev::stat
