// Monitor: finds a repository's running stone, maps its segment read-only and takes
// consistent samples of the counters, frames and session slots. Takes no lock and
// writes nothing shared; every loop over the segment is bounded.
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <spdlog/spdlog.h>

#include "stat/stat.h"
#include "txn/txn.h"

namespace maglev::stat {

namespace fs = std::filesystem;
using shared_cache::ShmFrame;
using shared_cache::ShmHeader;
using shared_cache::ShmSession;
using shared_cache::ShmStats;

namespace {

double clock_s(clockid_t id) {
  timespec ts;
  ::clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Alive and not a zombie (a killed daemon may wait a while for its reaper).
bool pid_alive(uint32_t pid) {
  if (pid == 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)) return false;
  std::ifstream st("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(st, line)) return true;  // no /proc: trust kill()
  size_t close = line.rfind(')');
  return close == std::string::npos || close + 2 >= line.size() || line[close + 2] != 'Z';
}

// The inode of /dev/shm/<name> (0 when absent): a stopping stone unlinks its segment
// before it releases the repository lock, and a new stone makes a new one.
uint64_t segment_inode(const std::string& name) {
  struct stat st;
  return ::stat(("/dev/shm/" + name).c_str(), &st) == 0 ? uint64_t(st.st_ino) : 0;
}

// Seconds the process has been running, from /proc (0 when not visible).
double process_uptime(uint32_t pid) {
  std::ifstream st("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(st, line)) return 0;
  size_t close = line.rfind(')');  // comm may hold spaces
  if (close == std::string::npos) return 0;
  std::istringstream in(line.substr(close + 2));
  std::string field;
  unsigned long long start = 0;
  for (int i = 3; i <= 22 && (in >> field); ++i)
    if (i == 22) start = std::stoull(field);
  std::ifstream up("/proc/uptime");
  double boot_s = 0;
  if (!(up >> boot_s)) return 0;
  double t = boot_s - double(start) / double(::sysconf(_SC_CLK_TCK));
  return t > 0 ? t : 0;
}

std::string read_comm(uint32_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/comm");
  std::string s;
  if (!std::getline(f, s) || s.empty()) return "?";
  return s;
}

uint64_t ld(const std::atomic<uint64_t>& c) { return c.load(std::memory_order_relaxed); }

// The session-folded global counters: reclaim_session adds a slot's counters to these
// before it frees the slot, so a change between two reads means a fold happened.
struct Folded {
  uint64_t aborts, lookups, hits, pages_read;
  bool operator==(const Folded&) const = default;
};
Folded folded(const ShmStats& g) {
  return Folded{ld(g.aborts.value), ld(g.lookups.value), ld(g.hits.value), ld(g.pages_read.value)};
}

}  // namespace

std::vector<std::pair<std::string, uint64_t>> counter_list(const Sample& s) {
  return {
#define X(field, prom, help) {#field, s.field},
#include "stat/counters.def"
#undef X
  };
}

Monitor::Monitor(fs::path repo) : repo_(std::move(repo)) {}
Monitor::~Monitor() = default;

// Finds the stone through its segment alone: no flock on the repository lock (a monitor
// polling it could make a starting stone find the lock taken).
Status Monitor::attach() {
  seg_.reset();
  Status none(Errc::kNotFound, "no maglev-stone is running for repository " + repo_.string() +
                                   " (start one with: maglev start --repo " + repo_.string() + ")");
  std::string name = txn::segment_name(repo_);
  auto seg = shared_cache::Segment::attach(name, /*read_only=*/true);
  if (!seg.ok()) return seg.status().code() == Errc::kNotFound ? none : seg.status();
  const ShmHeader& h = (*seg)->header();
  uint32_t pid = h.stone_pid.load(std::memory_order_relaxed);
  std::string comm = read_comm(pid);
  if (!pid_alive(pid) || (comm != "?" && comm.rfind("maglev", 0) != 0))
    return none;  // left by a killed stone (the next one replaces it), its pid maybe reused
  if (h.ready.load(std::memory_order_acquire) == 0)
    return Status(Errc::kBusy, "the stone of " + repo_.string() + " is starting");
  seg_ = std::move(*seg);
  pid_ = pid;
  inode_ = segment_inode(seg_->name());
  programs_.clear();
  spdlog::debug("maglev-stat attached read-only to {} (stone pid {})", seg_->name(), pid_);
  return Status();
}

bool Monitor::stone_alive() const {
  return pid_alive(pid_) && inode_ != 0 && segment_inode(seg_->name()) == inode_;
}

void Monitor::release_if_gone() {
  if (seg_ != nullptr && !stone_alive()) seg_.reset();
}

Result<Sample> Monitor::sample() {
  release_if_gone();  // stopped or killed: look again
  if (seg_ == nullptr) {
    Status s = attach();
    if (!s.ok()) return s;
  }
  const ShmHeader& h = seg_->header();
  const auto* base = reinterpret_cast<const uint8_t*>(&h);
  Sample s;
  s.time = clock_s(CLOCK_REALTIME);
  s.mono = clock_s(CLOCK_MONOTONIC);
  s.repo = repo_.string();
  s.stone_pid = pid_;
  s.uptime_s = process_uptime(pid_);
  s.page_size = h.page_size;
  s.newest_commit = seg_->newest().last_commit;
  s.extent_bytes = h.extent_pages.load(std::memory_order_relaxed) * h.page_size;

  s.frames_total = h.frame_count;
  const auto* frames = reinterpret_cast<const ShmFrame*>(base + h.frame_meta_offset);
  for (uint32_t f = 0; f < h.frame_count; ++f) {
    uint64_t st = frames[f].state.load(std::memory_order_relaxed);
    s.frames_used += (st & shared_cache::kFrameValid) != 0;
    s.frames_pinned += (st & shared_cache::kFramePinned) != 0;
    s.frames_busy += (st & shared_cache::kFrameBusy) != 0;
  }

  const ShmStats& g = h.stats;
  const auto* slots = reinterpret_cast<const ShmSession*>(base + h.sessions_offset);
  timespec now_ts;
  ::clock_gettime(CLOCK_REALTIME, &now_ts);
  uint64_t now_ns = uint64_t(now_ts.tv_sec) * 1000000000ULL + uint64_t(now_ts.tv_nsec);
  // Globals, sessions, globals again: a slot reclaimed in between would be counted
  // twice (or not at all), so retry a few times; reclaims are rare.
  Folded before{}, after{};
  for (int attempt = 0; attempt < 4; ++attempt) {
    before = folded(g);
    s.sessions.clear();
    for (uint32_t i = 0; i < h.session_count; ++i) {
      const ShmSession& ss = slots[i];
      if (ss.state.load(std::memory_order_acquire) != shared_cache::kSessionActive) continue;
      SessionSample x;
      x.slot = i;
      x.pid = ss.pid.load(std::memory_order_relaxed);
      x.txn_state = ss.txn_state.load(std::memory_order_relaxed);
      x.snapshot = ld(ss.snapshot);
      uint64_t t = ld(ss.snapshot_time_ns);
      x.snapshot_age_s = t != 0 && now_ns > t ? double(now_ns - t) / 1e9 : 0;
      x.commits = ld(ss.commits);
      x.conflicts = ld(ss.conflicts);
      x.aborts = ld(ss.aborts);
      x.lookups = ld(ss.lookups);
      x.hits = ld(ss.hits);
      x.pages_read = ld(ss.pages_read);
      s.sessions.push_back(std::move(x));
    }
    after = folded(g);
    if (before == after) break;
  }
  s.aborts = after.aborts;
  s.lookups = after.lookups;
  s.hits = after.hits;
  s.pages_read = after.pages_read;
  for (SessionSample& x : s.sessions) {
    s.aborts += x.aborts;
    s.lookups += x.lookups;
    s.hits += x.hits;
    s.pages_read += x.pages_read;
    auto it = programs_.find(x.pid);
    if (it == programs_.end()) it = programs_.emplace(x.pid, read_comm(x.pid)).first;
    x.program = it->second;
  }
  if (programs_.size() > 4 * s.sessions.size() + 64) programs_.clear();  // pids come and go
  s.commits = ld(g.commits.value);
  s.conflicts = ld(g.conflicts.value);
  s.batches = ld(g.batches.value);
  s.syncs = ld(g.syncs.value);
  s.pages_written = ld(g.pages_written.value);
  s.bytes_appended = ld(g.bytes_appended.value);
  s.evictions = ld(g.evictions.value);
  s.install_failures = ld(g.install_failures.value);
  for (uint32_t b = 0; b < kBuckets; ++b) {
    s.commit_hist[b] = ld(g.commit_latency_us[b].value);
    s.sync_hist[b] = ld(g.sync_latency_us[b].value);
  }
  s.commit_sum_us = ld(g.commit_latency_sum_us.value);
  s.sync_sum_us = ld(g.sync_latency_sum_us.value);
  if (!stone_alive()) {  // it went away while we read: the numbers may be torn
    seg_.reset();
    return sample();
  }
  return s;
}

}  // namespace maglev::stat
