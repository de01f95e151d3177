// maglev: the operator's tool. create, start, stop, restart, status and list of
// stones; exit status 0 on success (status: stone running), 1 otherwise.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "txn/txn.h"

namespace fs = std::filesystem;
namespace txn = maglev::txn;

namespace {

int usage(FILE* out, int code) {
  std::fputs(
      "Usage: maglev COMMAND [NAME | --repo DIR] [stone options]\n"
      "  create   create a repository\n"
      "  start    start its stone (extra options go to maglev-stone)\n"
      "  stop     stop its stone (SIGTERM, waits until it has exited)\n"
      "  restart  stop, then start\n"
      "  status   the stone and its attached sessions; exit 1 if not running\n"
      "  list     every running stone under the data directory\n",
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

int show_status(const fs::path& repo) {
  auto info = txn::stone_info(repo);
  if (!info.ok()) {
    std::fprintf(stderr, "maglev: %s\n", info.status().to_string().c_str());
    return 1;
  }
  if (!info->running) {
    std::printf("stone %s: not running\n", repo.c_str());
    return 1;
  }
  std::printf("stone %s: pid %u, commit %llu, extent %llu bytes, %zu session(s)\n", repo.c_str(),
              info->pid, static_cast<unsigned long long>(info->newest_commit),
              static_cast<unsigned long long>(info->extent_bytes), info->sessions.size());
  const txn::SessionInfo* oldest = nullptr;
  for (auto& s : info->sessions)
    if (oldest == nullptr || s.snapshot < oldest->snapshot) oldest = &s;
  if (oldest != nullptr)
    std::printf("  oldest snapshot: commit %llu, held by pid %u for %.1f s\n",
                static_cast<unsigned long long>(oldest->snapshot), oldest->pid, oldest->snapshot_age_s);
  for (auto& s : info->sessions)
    std::printf("  session pid %u: snapshot %llu (%.1f s old), %llu commit(s)\n", s.pid,
                static_cast<unsigned long long>(s.snapshot), s.snapshot_age_s,
                static_cast<unsigned long long>(s.commits));
  std::printf("  stats:");
  for (auto& [k, v] : info->counters) std::printf(" %s=%llu", k.c_str(), static_cast<unsigned long long>(v));
  std::printf("\n");
  return 0;
}

int list_stones() {
  std::error_code ec;
  fs::path dir = txn::data_directory();
  int running = 0;
  std::printf("%-16s %-8s %-9s %-14s %-10s %s\n", "NAME", "PID", "SESSIONS", "EXTENT", "COMMIT", "REPOSITORY");
  for (auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_directory()) continue;
    auto info = txn::stone_info(e.path());
    if (!info.ok() || !info->running) continue;
    ++running;
    std::printf("%-16s %-8u %-9zu %-14llu %-10llu %s\n", e.path().filename().c_str(), info->pid,
                info->sessions.size(), static_cast<unsigned long long>(info->extent_bytes),
                static_cast<unsigned long long>(info->newest_commit), e.path().c_str());
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
