// The live terminal view (plain ANSI escapes: alternate screen, cursor home, erase to
// end of line; no curses) and the same screen as plain lines for --once.
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdarg>
#include <cstring>

#include "stat/stat.h"

namespace maglev::stat {

namespace {

std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* f, ...) {
  va_list ap, again;
  va_start(ap, f);
  va_copy(again, ap);
  int n = std::vsnprintf(nullptr, 0, f, ap);
  va_end(ap);
  std::string out(n > 0 ? size_t(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, f, again);
  va_end(again);
  return out;
}

// 1234 -> "1234", 12345 -> "12.3k", 1.5e6 -> "1.50M".
std::string human(double v) {
  if (std::isnan(v)) return "-";
  double a = std::fabs(v);
  if (a < 10) return fmt("%.1f", v);
  if (a < 10000) return fmt("%.0f", v);
  if (a < 1e6) return fmt("%.1fk", v / 1e3);
  if (a < 1e9) return fmt("%.2fM", v / 1e6);
  return fmt("%.2fG", v / 1e9);
}

std::string count(uint64_t v) { return v < 100000 ? fmt("%llu", (unsigned long long)v) : human(double(v)); }

std::string clock_of(double t) {
  time_t secs = static_cast<time_t>(t);
  struct tm tm;
  ::localtime_r(&secs, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
  return buf;
}

// The repository path shortened from the left to fit `width`.
std::string fit_left(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  return "..." + s.substr(s.size() - (width - 3));
}

}  // namespace

std::string format_bytes(double v) {
  if (std::isnan(v)) return "-";
  if (v < 1024) return fmt("%.0f B", v);
  if (v < 1024.0 * 1024) return fmt("%.1f KiB", v / 1024);
  if (v < 1024.0 * 1024 * 1024) return fmt("%.1f MiB", v / 1024 / 1024);
  return fmt("%.2f GiB", v / 1024 / 1024 / 1024);
}

std::string micros(double us) {
  if (std::isnan(us)) return "-";
  if (us < 1000) return fmt("%.0fus", us);
  if (us < 1e6) return fmt("%.1fms", us / 1e3);
  return fmt("%.2fs", us / 1e6);
}

std::string format_age(double s) {
  if (s < 60) return fmt("%.1fs", s);
  if (s < 3600) return fmt("%dm%02ds", int(s / 60), int(s) % 60);
  if (s < 86400) return fmt("%dh%02dm", int(s / 3600), int(s / 60) % 60);
  return fmt("%dd%02dh", int(s / 86400), int(s / 3600) % 24);
}

std::vector<std::string> render_lines(const Report& r, int cols, int rows) {
  const Sample& s = r.cur;
  std::vector<std::string> out;
  std::string when = clock_of(s.time);
  std::string title = "maglev-stat  " + fit_left(s.repo, static_cast<size_t>(std::max(10, cols - 24)));
  out.push_back(title + std::string(static_cast<size_t>(std::max<int>(1, cols - int(title.size()) - int(when.size()))), ' ') + when);
  out.push_back(fmt("stone   pid %u, up %s   newest commit %llu   extent %s   %zu session%s", s.stone_pid,
                    format_age(s.uptime_s).c_str(), (unsigned long long)s.newest_commit, format_bytes(double(s.extent_bytes)).c_str(),
                    s.sessions.size(), s.sessions.size() == 1 ? "" : "s"));
  uint32_t free_frames = s.frames_total - std::min(s.frames_total, s.frames_used + s.frames_busy);
  out.push_back(fmt("cache   frames %u: %u used, %u free, %u pinned (%s each)", s.frames_total, s.frames_used,
                    free_frames, s.frames_pinned, format_bytes(s.page_size).c_str()));
  out.push_back(fmt("        hit ratio %s   lookups %s/s   disk reads %s/s   evictions %s/s",
                    std::isnan(r.hit_ratio) ? "-" : fmt("%.2f%%", 100 * r.hit_ratio).c_str(),
                    human(r.lookups_per_s).c_str(), human(r.pages_read_per_s).c_str(),
                    human(r.evictions_per_s).c_str()));
  std::string per_sync = r.syncs_per_s > 0 ? fmt(" (%.1f per sync)", r.commits_per_s / r.syncs_per_s) : "";
  out.push_back(fmt("commits %s/s   aborts %s/s   conflicts %s/s   fsyncs %s/s%s", human(r.commits_per_s).c_str(),
                    human(r.aborts_per_s).c_str(), human(r.conflicts_per_s).c_str(), human(r.syncs_per_s).c_str(),
                    per_sync.c_str()));
  out.push_back(fmt("writes  pages %s/s   appended %s/s   total %s commits, %s conflicts",
                    human(r.pages_written_per_s).c_str(), format_bytes(r.bytes_appended_per_s).c_str(),
                    count(s.commits).c_str(), count(s.conflicts).c_str()));
  out.push_back(fmt("latency commit p50 %s p99 %s   fsync p50 %s p99 %s", micros(r.commit.p50_us).c_str(),
                    micros(r.commit.p99_us).c_str(), micros(r.sync.p50_us).c_str(), micros(r.sync.p99_us).c_str()));
  // Where a batch's time goes (means per batch; p99s in --json and Prometheus): they add
  // up to a commit's time at the stone, less the share of publish after its own reply.
  out.push_back(fmt("batch   gather %s + build %s + fsync %s + publish %s (mean)",
                    micros(r.phase[shared_cache::kPhaseGather].mean_us).c_str(),
                    micros(r.phase[shared_cache::kPhaseBuild].mean_us).c_str(), micros(r.sync.mean_us).c_str(),
                    micros(r.phase[shared_cache::kPhasePublish].mean_us).c_str()));
  if (r.has_oldest)
    out.push_back(fmt("oldest  snapshot %llu (%llu behind), held %s by pid %u %s (%s)",
                      (unsigned long long)r.oldest_snapshot, (unsigned long long)r.oldest_behind,
                      format_age(r.oldest_age_s).c_str(), r.oldest_pid, r.oldest_program.c_str(),
                      txn_state_name(r.oldest_state)));
  else
    out.push_back("oldest  snapshot: no session attached");
  out.push_back("");
  out.push_back(fmt("%7s %-14s %-10s %8s %6s %7s %6s %6s %6s", "PID", "PROGRAM", "STATE", "SNAPSHOT", "AGE",
                    "COMMITS", "ABORTS", "CONFL", "FAULTS"));
  std::vector<const SessionSample*> order;
  for (const SessionSample& x : s.sessions) order.push_back(&x);
  std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->snapshot < b->snapshot; });
  size_t room = rows > int(out.size()) ? size_t(rows) - out.size() : 0;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i + 1 == room && order.size() > room) {
      out.push_back(fmt("  ... and %zu more session(s)", order.size() - i));
      break;
    }
    if (i >= room) break;
    const SessionSample& x = *order[i];
    out.push_back(fmt("%7u %-14.14s %-10s %8llu %6s %7s %6s %6s %6s", x.pid, x.program.c_str(),
                      txn_state_name(x.txn_state), (unsigned long long)x.snapshot, format_age(x.snapshot_age_s).c_str(),
                      count(x.commits).c_str(), count(x.aborts).c_str(), count(x.conflicts).c_str(),
                      count(x.pages_read).c_str()));
  }
  for (std::string& line : out)
    if (int(line.size()) > cols) line.resize(static_cast<size_t>(cols));
  return out;
}

// --- the live loop ------------------------------------------------------------------------

namespace {

volatile std::sig_atomic_t g_stop = 0;
void on_stop(int) { g_stop = 1; }
void on_winch(int) {}

struct Terminal {
  bool raw = false;
  termios saved{};
  Terminal() {
    if (::isatty(0) && ::tcgetattr(0, &saved) == 0) {
      termios t = saved;
      t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
      t.c_cc[VMIN] = 0;
      t.c_cc[VTIME] = 0;
      raw = ::tcsetattr(0, TCSANOW, &t) == 0;
    }
    put("\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J");  // alternate screen, hide cursor, clear
  }
  ~Terminal() {
    put("\x1b[?25h\x1b[?1049l");
    if (raw) ::tcsetattr(0, TCSANOW, &saved);
  }
  static void put(const std::string& s) {
    size_t at = 0;
    while (at < s.size()) {
      ssize_t n = ::write(1, s.data() + at, s.size() - at);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        return;
      }
      at += static_cast<size_t>(n);
    }
  }
  static void size(int* cols, int* rows) {
    winsize ws{};
    *cols = 80;
    *rows = 24;
    if (::ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
      *cols = ws.ws_col;
      *rows = ws.ws_row;
    }
  }
  void draw(const std::vector<std::string>& lines, int rows) {
    std::string frame = "\x1b[H";
    for (size_t i = 0; i < lines.size() && int(i) < rows; ++i) {
      frame += lines[i];
      frame += "\x1b[K";
      if (int(i) + 1 < rows) frame += "\r\n";
    }
    frame += "\x1b[J";
    put(frame);
  }
};

double mono_now() {
  timespec ts;
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

}  // namespace

int run_live(Monitor& m, double interval_s, uint64_t count, Recorder* recorder) {
  struct sigaction sa{};
  sa.sa_handler = on_stop;  // no SA_RESTART: poll returns EINTR
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);
  sa.sa_handler = on_winch;
  ::sigaction(SIGWINCH, &sa, nullptr);
  std::string last_error;
  {
  Terminal term;
  std::unique_ptr<Sample> prev;
  double next = mono_now();
  uint64_t taken = 0;
  for (;;) {
    int cols, rows;
    Terminal::size(&cols, &rows);
    auto s = m.sample();
    std::vector<std::string> lines;
    if (s.ok()) {
      Report r = make_report(prev.get(), *s);
      lines = render_lines(r, cols, rows - 1);
      std::string foot = r.since_start ? "q quits   rates: average since the stone started"
                                       : fmt("q quits   every %.1fs   rates over the last %.2fs", interval_s, r.interval_s);
      while (int(lines.size()) < rows - 1) lines.push_back("");
      lines.push_back("\x1b[7m" + foot.substr(0, static_cast<size_t>(cols)) + "\x1b[0m");
      if (recorder != nullptr && !r.since_start) {  // rows cover one interval each
        Status st = recorder->append(r);
        if (!st.ok()) {
          last_error = st.to_string();
          break;
        }
      }
      prev = std::make_unique<Sample>(std::move(*s));
      ++taken;
    } else {
      lines.push_back("maglev-stat  " + fit_left(m.repo().string(), static_cast<size_t>(std::max(10, cols - 14))));
      lines.push_back("");
      lines.push_back(s.status().message().substr(0, static_cast<size_t>(cols)));
      lines.push_back(fmt("waiting for a stone (checked %s); q quits", clock_of(double(::time(nullptr))).c_str()));
      prev.reset();
    }
    term.draw(lines, rows);
    if (count != 0 && taken >= count) break;
    next += interval_s;
    if (mono_now() > next) next = mono_now() + interval_s / 2;  // fell behind: skip, don't burst
    bool quit = false;
    while (!quit && !g_stop) {
      double left = next - mono_now();
      if (left <= 0) break;
      pollfd pfd{0, POLLIN, 0};
      int n = ::poll(&pfd, term.raw ? 1 : 0, static_cast<int>(std::ceil(left * 1000)));
      if (n < 0 && errno == EINTR) {
        Terminal::size(&cols, &rows);
        break;  // a signal (stop, or a resize: redraw now)
      }
      if (n > 0 && (pfd.revents & POLLIN)) {
        char c;
        if (::read(0, &c, 1) == 1 && (c == 'q' || c == 'Q')) quit = true;
        if (pfd.revents & (POLLHUP | POLLERR)) quit = true;
      }
    }
    if (quit || g_stop) break;
    if (mono_now() < next - 1e-3) next = mono_now();  // redrawn early (a resize): new cadence
  }
  }  // the terminal is restored here
  if (!last_error.empty()) {
    std::fprintf(stderr, "maglev-stat: %s\n", last_error.c_str());
    return 1;
  }
  return 0;
}

}  // namespace maglev::stat
