// Monitor: finds a repository's running stone, maps its segment read-only and takes
// samples (shared_cache::read_counters plus what /proc says: uptime, program names).
// Takes no lock and writes nothing shared.
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <spdlog/spdlog.h>

#include "stat/stat.h"
#include "txn/txn.h"

namespace maglev::stat {

namespace fs = std::filesystem;
using shared_cache::ShmHeader;

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
    if (i == 22) start = std::strtoull(field.c_str(), nullptr, 10);
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
  const shared_cache::CacheCounters c = shared_cache::read_counters(*seg_);
  Sample s;
  s.time = double(c.time_ns) / 1e9;
  s.mono = clock_s(CLOCK_MONOTONIC);
  s.repo = repo_.string();
  s.stone_pid = pid_;
  s.uptime_s = process_uptime(pid_);
  s.page_size = c.page_size;
  s.newest_commit = c.newest_commit;
  s.extent_bytes = c.extent_pages * c.page_size;
  s.frames_total = c.frames_total;
  s.frames_used = c.frames_used;
  s.frames_pinned = c.frames_pinned;
  s.frames_busy = c.frames_busy;
#define X(field, prom, help) s.field = c.field;
#include "stat/counters.def"
#undef X
  std::copy(std::begin(c.commit_latency_us), std::end(c.commit_latency_us), s.commit_hist);
  std::copy(std::begin(c.sync_latency_us), std::end(c.sync_latency_us), s.sync_hist);
  s.commit_sum_us = c.commit_latency_sum_us;
  s.sync_sum_us = c.sync_latency_sum_us;
  for (uint32_t p = 0; p < kPhases; ++p) {
    std::copy(std::begin(c.phase_us[p]), std::end(c.phase_us[p]), s.phase_hist[p]);
    s.phase_sum_us[p] = c.phase_sum_us[p];
  }
  for (const shared_cache::SessionCounters& x : c.sessions) {
    SessionSample y;
    y.slot = x.slot;
    y.pid = x.pid;
    y.txn_state = x.txn_state;
    y.snapshot = x.snapshot;
    y.snapshot_age_s = x.snapshot_time_ns != 0 && c.time_ns > x.snapshot_time_ns
                           ? double(c.time_ns - x.snapshot_time_ns) / 1e9 : 0;
    y.commits = x.commits;
    y.conflicts = x.conflicts;
    y.aborts = x.aborts;
    y.lookups = x.lookups;
    y.hits = x.hits;
    y.pages_read = x.pages_read;
    auto it = programs_.find(x.pid);
    if (it == programs_.end()) it = programs_.emplace(x.pid, read_comm(x.pid)).first;
    y.program = it->second;
    s.sessions.push_back(std::move(y));
  }
  if (programs_.size() > 4 * s.sessions.size() + 64) programs_.clear();  // pids come and go
  if (!stone_alive()) {  // it went away while we read: the numbers may be torn
    seg_.reset();
    return sample();
  }
  return s;
}

}  // namespace maglev::stat
