// Repository locations and files, creation, and read-only stone status for tools.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <xxhash.h>

#include "shared_cache/shared_cache.h"
#include "txn/extent.h"
#include "txn/txn.h"

namespace maglev::txn {

namespace fs = std::filesystem;

fs::path data_directory() {
  if (const char* home = std::getenv("MAGLEV_HOME"); home != nullptr && *home != '\0')
    return fs::path(home) / "data";
  fs::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0')
    base = xdg;
  else if (const char* h = std::getenv("HOME"); h != nullptr && *h != '\0')
    base = fs::path(h) / ".local" / "share";
  else
    base = "/tmp";
  return base / "maglev" / "data";
}

fs::path repository_path(const std::string& name) { return data_directory() / name; }
fs::path extent_path(const fs::path& repo) { return repo / "extent"; }
fs::path socket_path(const fs::path& repo) { return repo / "stone.sock"; }
fs::path lock_path(const fs::path& repo) { return repo / "stone.lock"; }
fs::path log_path(const fs::path& repo) { return repo / "stone.log"; }

std::string segment_name(const fs::path& repo) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(repo, ec);
  std::string s = (ec ? repo : real).string();
  char buf[40];
  std::snprintf(buf, sizeof buf, "maglev-%016llx",
                static_cast<unsigned long long>(XXH3_64bits(s.data(), s.size())));
  return buf;
}

Status create_repository(const fs::path& repo) {
  std::error_code ec;
  if (fs::exists(extent_path(repo), ec))
    return Status(Errc::kBusy, "repository " + repo.string() + " already exists");
  // Missing ancestors (e.g. $MAGLEV_HOME/data) are created 0700 as well.
  fs::path partial;
  for (const auto& part : repo.parent_path()) {
    partial /= part;
    if (!fs::exists(partial, ec)) ::mkdir(partial.c_str(), 0700);
  }
  if (::mkdir(repo.c_str(), 0700) != 0 && errno != EEXIST)
    return errno_status(errno, "creating " + repo.string());
  ::chmod(repo.c_str(), 0700);
  std::random_device rd;
  uint64_t id = (uint64_t{rd()} << 32) ^ rd() ^ static_cast<uint64_t>(::time(nullptr));
  return create_extent(extent_path(repo).string(), id);
}

Result<StoneInfo> stone_info(const fs::path& repo) {
  StoneInfo info;
  info.repo = repo;
  int fd = ::open(lock_path(repo).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return info;
    return errno_status(errno, "opening " + lock_path(repo).string());
  }
  bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  if (!held) ::flock(fd, LOCK_UN);
  char buf[32] = {0};
  ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  ::close(fd);
  if (!held) return info;
  info.running = true;
  info.pid = n > 0 ? static_cast<uint32_t>(std::strtoul(buf, nullptr, 10)) : 0;
  struct stat st;
  if (::stat(extent_path(repo).c_str(), &st) == 0) info.extent_bytes = static_cast<uint64_t>(st.st_size);
  auto seg = shared_cache::Segment::attach(segment_name(repo), true);
  if (!seg.ok()) return info;  // starting up or shutting down: running, no details
  shared_cache::Segment& s = **seg;
  info.newest_commit = s.newest().last_commit;
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t now = uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
  const auto& g = s.header().stats;
  uint64_t lookups = g.lookups.value, hits = g.hits.value, reads = g.pages_read.value;
  for (uint32_t i = 0; i < s.session_count(); ++i) {
    const shared_cache::ShmSession& ss = s.session(i);
    if (ss.state.load(std::memory_order_acquire) != shared_cache::kSessionActive) continue;
    SessionInfo si;
    si.pid = ss.pid.load();
    si.snapshot = ss.snapshot.load();
    uint64_t t = ss.snapshot_time_ns.load();
    si.snapshot_age_s = t != 0 && now > t ? double(now - t) / 1e9 : 0;
    si.commits = ss.commits.load();
    lookups += ss.lookups.load();
    hits += ss.hits.load();
    reads += ss.pages_read.load();
    info.sessions.push_back(si);
  }
  info.counters = {
      {"commits", g.commits.value}, {"conflicts", g.conflicts.value},
      {"batches", g.batches.value}, {"syncs", g.syncs.value},
      {"pages_written", g.pages_written.value}, {"bytes_appended", g.bytes_appended.value},
      {"lookups", lookups}, {"hits", hits}, {"pages_read", reads},
      {"evictions", g.evictions.value}, {"frames", s.header().frame_count},
      {"frames_used", s.frames_in_use()},
  };
  return info;
}

}  // namespace maglev::txn
