// maglev-stone: the commit daemon of one repository (options parsing and daemonizing
// only; the daemon itself is txn::run_stone).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spdlog/spdlog.h>
#include <string>

#include "base/log.h"
#include "txn/txn.h"

namespace {

void usage(FILE* out) {
  std::fputs(
      "Usage: maglev-stone [options]\n"
      "  --repo DIR       repository directory (default: the 'maglev' repository)\n"
      "  --stone NAME     repository by name under the data directory\n"
      "  --create         create the repository if it does not exist\n"
      "  --daemon         detach; exit 0 once serving, 1 with the reason otherwise\n"
      "  --io KIND        uring | pwrite | auto (default auto: uring if the kernel allows)\n"
      "  --relaxed        acknowledge commits once cached, before they are durable\n"
      "  --cache-mb N     shared page cache size (default 64)\n"
      "  --segment-mb N   size of each extent segment file, created ahead of need (default 64)\n"
      "  --checkpoint-mb N  superblock checkpoint interval (default 64)\n"
      "  --gather-us N    group commit: wait up to N us for just-acknowledged sessions (default 200)\n"
      "  --slice-us N     scheduler slice of the stone (default 100: a wake-up preempts at once;\n"
      "                   0: the scheduler's default)\n"
      "  --defer-tree     write object-table pages in background flushes, not with their batch\n"
      "  --cpu auto|none|N  CPU of the commit path (default auto: the CPU taking the disk's\n"
      "                   interrupts, when one takes them all; none: any CPU)\n"
      "  --spin-us N      poll up to N us for the next request of the one or two sessions just\n"
      "                   acknowledged before sleeping, while that pays off (default 0: never)\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  maglev::txn::StoneOptions opt;
  std::string name = "maglev";
  bool daemon = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "maglev-stone: %s needs a value\n", a.c_str());
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--repo") opt.repo = value();
    else if (a == "--stone") name = value();
    else if (a == "--create") opt.create = true;
    else if (a == "--daemon") daemon = true;
    else if (a == "--io") opt.io = value();
    else if (a == "--relaxed") opt.relaxed = true;
    else if (a == "--cache-mb") opt.cache_mb = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--segment-mb") opt.segment_mb = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--checkpoint-mb") opt.checkpoint_mb = std::stoull(value());
    else if (a == "--gather-us") opt.gather_us = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--slice-us") opt.slice_us = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--defer-tree") opt.defer_tree = true;
    else if (a == "--cpu") opt.cpu = value();
    else if (a == "--spin-us") opt.spin_us = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "-h" || a == "--help") { usage(stdout); return 0; }
    else {
      std::fprintf(stderr, "maglev-stone: unknown option %s\n", a.c_str());
      usage(stderr);
      return 1;
    }
  }
  if (opt.repo.empty()) opt.repo = maglev::txn::repository_path(name);
  std::error_code ec;
  if (auto abs = std::filesystem::absolute(opt.repo, ec); !ec) opt.repo = abs;
  if (opt.create && !std::filesystem::exists(maglev::txn::extent_path(opt.repo), ec)) {
    maglev::Status s = maglev::txn::create_repository(opt.repo);
    if (!s.ok() && s.code() != maglev::Errc::kBusy) {
      std::fprintf(stderr, "maglev-stone: %s\n", s.to_string().c_str());
      return 1;
    }
  }
  if (!std::filesystem::is_directory(opt.repo, ec)) {
    std::fprintf(stderr, "maglev-stone: repository %s does not exist (create it with: maglev create --repo %s)\n",
                 opt.repo.c_str(), opt.repo.c_str());
    return 1;
  }
  int pipefd[2] = {-1, -1};
  if (daemon) {
    if (::pipe2(pipefd, O_CLOEXEC) != 0) { std::perror("pipe"); return 1; }
    pid_t pid = ::fork();
    if (pid < 0) { std::perror("fork"); return 1; }
    if (pid > 0) {
      ::close(pipefd[1]);
      std::string msg;
      char buf[512];
      ssize_t n;
      while ((n = ::read(pipefd[0], buf, sizeof buf)) > 0) msg.append(buf, static_cast<size_t>(n));
      if (msg == "ok\n") return 0;
      std::fprintf(stderr, "maglev-stone: cannot start: %s", msg.empty() ? "the stone died during start-up\n" : msg.c_str());
      return 1;
    }
    ::close(pipefd[0]);
    ::setsid();
    int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    if (null > 2) ::close(null);
    opt.ready_fd = pipefd[1];
  }
  maglev::base::log_init("maglev-stone", maglev::txn::log_path(opt.repo).string());
  if (std::getenv("MAGLEV_LOG") == nullptr) spdlog::default_logger()->set_level(spdlog::level::info);
  spdlog::default_logger()->flush_on(spdlog::level::info);
  maglev::Status s = maglev::txn::run_stone(opt);
  if (!s.ok() && !daemon) std::fprintf(stderr, "maglev-stone: %s\n", s.to_string().c_str());
  spdlog::shutdown();
  return s.ok() ? 0 : 1;
}
