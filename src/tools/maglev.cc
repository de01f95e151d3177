// maglev: the operator's tool. create, start, stop, restart, status and list of
// stones; exit status 0 on success (status: stone running), 1 otherwise.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "stat/stat.h"
#include "txn/txn.h"

namespace fs = std::filesystem;
namespace txn = maglev::txn;
namespace st = maglev::stat;

namespace {

int usage(FILE* out, int code) {
  std::fputs(
      "Usage: maglev COMMAND [NAME | --repo DIR] [stone options]\n"
      "  create   create a repository\n"
      "  start    start its stone (extra options go to maglev-stone)\n"
      "  stop     stop its stone (SIGTERM, waits until it has exited)\n"
      "  restart  stop, then start\n"
      "  status   the stone, its cache and its attached sessions; exit 1 if not running\n"
      "  list     every running stone of this user (under the data directory and\n"
      "           elsewhere); exit 1 if none runs\n",
      out);
  return code;
}

fs::path self_dir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path(".") : p.parent_path();
}

int start(const fs::path& repo, const std::vector<std::string>& extra) {
  auto info = txn::stone_info(repo);
  if (info.ok() && info->running) {
    std::printf("maglev-stone already running for %s (pid %u)\n", repo.c_str(), info->pid);
    return 0;
  }
  std::vector<std::string> args = {(self_dir() / "maglev-stone").string(), "--repo", repo.string(), "--daemon"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    std::fprintf(stderr, "maglev: cannot run %s: %s\n", argv[0], std::strerror(errno));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    auto now = txn::stone_info(repo);
    std::printf("started maglev-stone for %s (pid %u)\n", repo.c_str(), now.ok() ? now->pid : 0);
    return 0;
  }
  return 1;
}

int stop(const fs::path& repo) {
  auto info = txn::stone_info(repo);
  if (!info.ok()) {
    std::fprintf(stderr, "maglev: %s\n", info.status().to_string().c_str());
    return 1;
  }
  if (!info->running) {
    std::fprintf(stderr, "maglev: no stone is running for %s\n", repo.c_str());
    return 1;
  }
  if (::kill(static_cast<pid_t>(info->pid), SIGTERM) != 0) {
    std::fprintf(stderr, "maglev: cannot signal pid %u: %s\n", info->pid, std::strerror(errno));
    return 1;
  }
  for (int i = 0; i < 600; ++i) {
    auto now = txn::stone_info(repo);
    if (now.ok() && !now->running) {
      std::printf("stopped maglev-stone for %s (pid %u)\n", repo.c_str(), info->pid);
      return 0;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::fprintf(stderr, "maglev: stone pid %u did not stop within 30 s\n", info->pid);
  return 1;
}

// A sample of the running stone's segment (retried while the stone is starting).
maglev::Result<st::Sample> sample_of(const fs::path& repo) {
  st::Monitor monitor(repo);
  auto s = monitor.sample();
  for (int i = 0; i < 20 && !s.ok() && s.status().code() == maglev::Errc::kBusy; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    s = monitor.sample();
  }
  return s;
}

int show_status(const fs::path& repo) {
  auto info = txn::stone_info(repo);
  if (!info.ok()) {
    std::fprintf(stderr, "maglev: %s\n", info.status().to_string().c_str());
    return 1;
  }
  std::error_code ec;
  if (!info->running) {
    if (fs::exists(txn::extent_path(repo), ec))
      std::printf("stone %s: not running (start it with: maglev start --repo %s)\n", repo.c_str(), repo.c_str());
    else
      std::printf("stone %s: not running, no repository there (create it with: maglev create --repo %s)\n",
                  repo.c_str(), repo.c_str());
    return 1;
  }
  auto s = sample_of(repo);
  if (!s.ok()) {  // starting up or shutting down: running, no details yet
    std::printf("stone %s: pid %u, starting or stopping (%s)\n", repo.c_str(), info->pid,
                s.status().message().c_str());
    return 0;
  }
  st::Report r = st::make_report(nullptr, *s);
  std::printf("stone %s: pid %u, commit %llu, extent %s, %zu session(s)\n", repo.c_str(), info->pid,
              static_cast<unsigned long long>(s->newest_commit), st::format_bytes(double(s->extent_bytes)).c_str(),
              s->sessions.size());
  std::printf("  up %s, log %s\n", st::format_age(s->uptime_s).c_str(), txn::log_path(repo).c_str());
  char hit[16] = "-";
  if (!std::isnan(r.hit_ratio)) std::snprintf(hit, sizeof hit, "%.2f%%", 100 * r.hit_ratio);
  std::printf("  cache: %u of %u frames used (%s pages), %u pinned; hit ratio %s since start\n", s->frames_used,
              s->frames_total, st::format_bytes(s->page_size).c_str(), s->frames_pinned, hit);
  if (r.has_oldest)
    std::printf("  oldest snapshot: commit %llu (%llu behind), held by pid %u (%s) for %.1f s\n",
                static_cast<unsigned long long>(r.oldest_snapshot), static_cast<unsigned long long>(r.oldest_behind),
                r.oldest_pid, r.oldest_program.c_str(), r.oldest_age_s);
  std::vector<const st::SessionSample*> order;
  for (const st::SessionSample& x : s->sessions) order.push_back(&x);
  std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->snapshot < b->snapshot; });
  for (const st::SessionSample* x : order)
    std::printf("  session pid %u: snapshot %llu (%.1f s old), %llu commit(s); %s, %s\n", x->pid,
                static_cast<unsigned long long>(x->snapshot), x->snapshot_age_s,
                static_cast<unsigned long long>(x->commits), x->program.c_str(), st::txn_state_name(x->txn_state));
  std::printf("  stats:");
  for (auto& [k, v] : st::counter_list(*s)) std::printf(" %s=%llu", k.c_str(), static_cast<unsigned long long>(v));
  std::printf("\n");
  return 0;
}

// Every running stone: exit status 1 (and nothing on stdout) when none runs.
int list_stones() {
  std::vector<fs::path> repos = txn::running_repositories();
  if (repos.empty()) {
    std::fprintf(stderr, "maglev: no stone is running (repositories under %s, and elsewhere)\n",
                 txn::data_directory().c_str());
    return 1;
  }
  std::printf("%-16s %-8s %-9s %-11s %-10s %-8s %s\n", "NAME", "PID", "SESSIONS", "EXTENT", "COMMIT", "UP",
              "REPOSITORY");
  for (const fs::path& repo : repos) {
    auto s = sample_of(repo);
    if (!s.ok()) continue;  // stopped meanwhile
    std::string extent = st::format_bytes(double(s->extent_bytes));
    extent.erase(std::remove(extent.begin(), extent.end(), ' '), extent.end());  // one column
    std::printf("%-16s %-8u %-9zu %-11s %-10llu %-8s %s\n", repo.filename().c_str(), s->stone_pid,
                s->sessions.size(), extent.c_str(), static_cast<unsigned long long>(s->newest_commit),
                st::format_age(s->uptime_s).c_str(), repo.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(stderr, 1);
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help") return usage(stdout, 0);
  fs::path repo;
  std::vector<std::string> extra;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repo" && i + 1 < argc) repo = argv[++i];
    else if (a.rfind("--", 0) == 0) extra.push_back(a);
    else if (repo.empty() && extra.empty()) repo = txn::repository_path(a);
    else extra.push_back(a);
  }
  if (repo.empty()) repo = txn::repository_path();
  std::error_code ec;
  if (auto abs = fs::absolute(repo, ec); !ec) repo = abs;
  if (cmd == "create") {
    maglev::Status s = txn::create_repository(repo);
    if (!s.ok()) {
      std::fprintf(stderr, "maglev: %s\n", s.to_string().c_str());
      return 1;
    }
    std::printf("created repository %s\n", repo.c_str());
    return 0;
  }
  if (cmd == "start") return start(repo, extra);
  if (cmd == "stop") return stop(repo);
  if (cmd == "restart") {
    auto info = txn::stone_info(repo);
    if (info.ok() && info->running && stop(repo) != 0) return 1;
    return start(repo, extra);
  }
  if (cmd == "status") return show_status(repo);
  if (cmd == "list") return list_stones();
  std::fprintf(stderr, "maglev: unknown command %s\n", cmd.c_str());
  return usage(stderr, 1);
}
