// Repository locations and files, creation, and read-only stone status for tools
// (one stone's, and which stones run).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <random>
#include <xxhash.h>

#include "shared_cache/shared_cache.h"
#include "txn/extent.h"
#include "txn/extent_files.h"
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
  if (auto files = ExtentFiles::open(repo, false); files.ok()) info.extent_bytes = (*files)->bytes();
  auto seg = shared_cache::Segment::attach(segment_name(repo), true);
  if (!seg.ok()) return info;  // starting up or shutting down: running, no details
  const shared_cache::CacheCounters c = shared_cache::read_counters(**seg);
  info.newest_commit = c.newest_commit;
  for (const shared_cache::SessionCounters& x : c.sessions) {
    SessionInfo si;
    si.pid = x.pid;
    si.snapshot = x.snapshot;
    si.snapshot_age_s = x.snapshot_time_ns != 0 && c.time_ns > x.snapshot_time_ns
                            ? double(c.time_ns - x.snapshot_time_ns) / 1e9 : 0;
    si.commits = x.commits;
    info.sessions.push_back(si);
  }
  info.counters = shared_cache::counter_map(c);
  return info;
}

std::vector<fs::path> running_repositories() {
  std::vector<fs::path> found;
  auto add = [&](const fs::path& repo) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(repo, ec);
    const fs::path& p = ec ? repo : real;
    if (std::find(found.begin(), found.end(), p) != found.end()) return;
    auto info = stone_info(p);
    if (info.ok() && info->running) found.push_back(p);
  };
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(data_directory(), ec))
    if (e.is_directory(ec)) add(e.path());
  // Stones of repositories elsewhere (--repo DIR): each names its repository in its
  // segment. Segments of other users or builds do not attach and are skipped.
  for (const auto& e : fs::directory_iterator("/dev/shm", ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("maglev-", 0) != 0) continue;
    auto seg = shared_cache::Segment::attach(name, true);
    if (!seg.ok()) continue;
    const char* path = (*seg)->header().repo_path;
    size_t len = ::strnlen(path, sizeof((*seg)->header().repo_path));
    if (len > 0 && len < sizeof((*seg)->header().repo_path)) add(fs::path(std::string(path, len)));
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace maglev::txn
