// maglev-stat: the cache stats monitor. Options and the choice of output only; the
// sampling, views, recording, charts and the Prometheus endpoint are in src/stat.
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "base/log.h"
#include "stat/stat.h"
#include "txn/txn.h"

namespace fs = std::filesystem;
namespace st = maglev::stat;

namespace {

void usage(FILE* out) {
  std::fputs(
      "Usage: maglev-stat [NAME | --repo DIR | --stone NAME] [options]\n"
      "       maglev-stat plot FILE.csv -o REPORT.html|REPORT.svg\n"
      "Shows what a repository's shared page cache and commit daemon are doing. Attaches\n"
      "read-only; the default is a live view in the terminal (q quits).\n"
      "  --once               one sample (rates: average since the stone started), then exit\n"
      "  --json               JSON, one object per sample and line (alone: like --once)\n"
      "  --interval S         seconds between samples (default 1)\n"
      "  --count N            stop after N samples\n"
      "  --record FILE        append samples to FILE as CSV (header first); with a terminal,\n"
      "                       the live view runs meanwhile\n"
      "  --prometheus [ADDR:]PORT\n"
      "                       serve the counters at http://ADDR:PORT/metrics in Prometheus text\n"
      "                       format (ADDR defaults to 127.0.0.1; PORT 0 picks a free one)\n"
      "Exit status 1 when no stone runs for the repository.\n",
      out);
}

volatile std::sig_atomic_t g_stop = 0;
void on_stop(int) { g_stop = 1; }

// Sleeps until CLOCK_MONOTONIC reaches `deadline` (seconds); false if interrupted by
// SIGINT/SIGTERM.
bool sleep_until(double deadline) {
  timespec ts{static_cast<time_t>(deadline), static_cast<long>((deadline - std::floor(deadline)) * 1e9)};
  while (!g_stop) {
    int r = ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
    if (r == 0) return true;
    if (r != EINTR) return false;
  }
  return false;
}

double mono_now() {
  timespec ts;
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void print_text(const st::Report& r) {
  for (const std::string& line : st::render_lines(r, 80, 1000)) std::printf("%s\n", line.c_str());
}

int plot_main(int argc, char** argv) {
  std::string in, out;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "-o" || a == "--output") && i + 1 < argc) out = argv[++i];
    else if (a == "-h" || a == "--help") {
      usage(stdout);
      return 0;
    } else if (in.empty()) in = a;
    else {
      std::fprintf(stderr, "maglev-stat plot: unexpected argument %s\n", a.c_str());
      return 1;
    }
  }
  if (in.empty() || out.empty()) {
    std::fprintf(stderr, "usage: maglev-stat plot FILE.csv -o REPORT.html|REPORT.svg\n");
    return 1;
  }
  maglev::Status s = st::plot(in, out);
  if (!s.ok()) {
    std::fprintf(stderr, "maglev-stat plot: %s\n", s.to_string().c_str());
    return 1;
  }
  std::printf("wrote %s\n", out.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  maglev::base::log_init("maglev-stat");
  if (argc >= 2 && std::string(argv[1]) == "plot") return plot_main(argc, argv);
  fs::path repo;
  bool once = false, json = false, interval_given = false;
  double interval = 1.0;
  uint64_t count = 0;
  std::string record, prometheus;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "maglev-stat: %s needs a value\n", a.c_str());
        std::exit(1);
      }
      return argv[++i];
    };
    try {
      if (a == "--repo") repo = value();
      else if (a == "--stone") repo = maglev::txn::repository_path(value());
      else if (a == "--once") once = true;
      else if (a == "--json") json = true;
      else if (a == "--interval") {
        interval = std::stod(value());
        interval_given = true;
      } else if (a == "--count") count = std::stoull(value());
      else if (a == "--record") record = value();
      else if (a == "--prometheus") prometheus = value();
      else if (a == "-h" || a == "--help") {
        usage(stdout);
        return 0;
      } else if (a.rfind("-", 0) != 0 && repo.empty()) repo = maglev::txn::repository_path(a);
      else {
        std::fprintf(stderr, "maglev-stat: unknown argument %s\n", a.c_str());
        usage(stderr);
        return 1;
      }
    } catch (const std::exception&) {
      std::fprintf(stderr, "maglev-stat: %s: not a number\n", a.c_str());
      return 1;
    }
  }
  if (!(interval >= 0.01) || interval > 86400) {
    std::fprintf(stderr, "maglev-stat: --interval must be between 0.01 and 86400 seconds\n");
    return 1;
  }
  if (repo.empty()) repo = maglev::txn::repository_path();
  std::error_code ec;
  if (auto abs = fs::absolute(repo, ec); !ec) repo = abs;

  st::Monitor monitor(repo);
  auto first = monitor.sample();
  for (int i = 0; i < 50 && !first.ok() && first.status().code() == maglev::Errc::kBusy; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a stone starting up
    first = monitor.sample();
  }
  if (!first.ok()) {
    std::fprintf(stderr, "maglev-stat: %s\n", first.status().message().c_str());
    return 1;
  }
  if (!prometheus.empty()) return st::serve_prometheus(monitor, prometheus);

  std::unique_ptr<st::Recorder> recorder;
  if (!record.empty()) {
    recorder = std::make_unique<st::Recorder>();
    maglev::Status s = recorder->open(record);
    if (!s.ok()) {
      std::fprintf(stderr, "maglev-stat: %s\n", s.to_string().c_str());
      return 1;
    }
  }
  bool tty = ::isatty(1) != 0;
  bool looping = count != 0 || interval_given || recorder != nullptr;
  if (once || (!looping && (json || !tty))) {
    st::Report r = st::make_report(nullptr, *first);
    if (json) std::printf("%s\n", st::report_json(r).c_str());
    else print_text(r);
    if (recorder != nullptr) {
      maglev::Status s = recorder->append(r);
      if (!s.ok()) {
        std::fprintf(stderr, "maglev-stat: %s\n", s.to_string().c_str());
        return 1;
      }
    }
    return 0;
  }
  if (tty && !json) return st::run_live(monitor, interval, count, recorder.get());

  // Plain loop (a pipe, or --json): every report covers one interval after a baseline.
  struct sigaction sa{};
  sa.sa_handler = on_stop;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  std::unique_ptr<st::Sample> prev = std::make_unique<st::Sample>(std::move(*first));
  double next = mono_now();
  bool complained = false;
  for (uint64_t n = 0; count == 0 || n < count;) {
    next += interval;
    if (mono_now() > next) next = mono_now() + interval / 2;  // fell behind: skip, don't burst
    if (!sleep_until(next)) break;
    auto s = monitor.sample();
    if (!s.ok()) {
      if (recorder == nullptr || json) {
        std::fprintf(stderr, "maglev-stat: %s\n", s.status().message().c_str());
        return 1;
      }
      if (!complained) std::fprintf(stderr, "maglev-stat: %s; waiting\n", s.status().message().c_str());
      complained = true;
      prev.reset();
      continue;
    }
    complained = false;
    if (prev == nullptr || prev->stone_pid != s->stone_pid) {  // a new stone: new baseline
      prev = std::make_unique<st::Sample>(std::move(*s));
      continue;
    }
    st::Report r = st::make_report(prev.get(), *s);
    if (json) std::printf("%s\n", st::report_json(r).c_str());
    else if (recorder == nullptr) {
      print_text(r);
      std::printf("\n");
    }
    std::fflush(stdout);
    if (recorder != nullptr) {
      maglev::Status rs = recorder->append(r);
      if (!rs.ok()) {
        std::fprintf(stderr, "maglev-stat: %s\n", rs.to_string().c_str());
        return 1;
      }
    }
    prev = std::make_unique<st::Sample>(std::move(*s));
    ++n;
  }
  return 0;
}
