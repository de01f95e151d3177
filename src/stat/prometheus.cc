// --prometheus: the counters in Prometheus text exposition format (version 0.0.4) over
// a minimal HTTP/1.0 server, one connection at a time, loopback unless told otherwise.
// Each scrape takes a fresh sample; nothing is cached between scrapes.
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <spdlog/spdlog.h>

#include "stat/stat.h"

namespace maglev::stat {

namespace {

volatile std::sig_atomic_t g_stop = 0;
void on_stop(int) { g_stop = 1; }

std::string label(const std::string& v) {
  std::string o;
  for (char c : v) {
    if (c == '\\' || c == '"') o += '\\';
    if (c == '\n') {
      o += "\\n";
      continue;
    }
    o += c;
  }
  return o;
}

std::string val(double v) {
  if (std::isnan(v)) return "NaN";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void head(std::string& o, const char* name, const char* type, const char* help) {
  o += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
}

void gauge(std::string& o, const char* name, const char* help, double v) {
  head(o, name, "gauge", help);
  o += std::string(name) + " " + val(v) + "\n";
}

void histogram(std::string& o, const char* name, const char* help, const uint64_t* hist, uint64_t sum_us) {
  head(o, name, "histogram", help);
  uint64_t cum = 0;
  for (uint32_t b = 0; b + 1 < kBuckets; ++b) {
    cum += hist[b];
    char le[32];  // bucket b holds whole microseconds below 2^(b+1)
    std::snprintf(le, sizeof le, "%.9g", std::ldexp(1.0, static_cast<int>(b) + 1) / 1e6);
    o += std::string(name) + "_bucket{le=\"" + le + "\"} " + std::to_string(cum) + "\n";
  }
  cum += hist[kBuckets - 1];
  o += std::string(name) + "_bucket{le=\"+Inf\"} " + std::to_string(cum) + "\n";
  o += std::string(name) + "_sum " + val(double(sum_us) / 1e6) + "\n";
  o += std::string(name) + "_count " + std::to_string(cum) + "\n";
}

}  // namespace

std::string prometheus_text(const Sample* s) {
  std::string o;
  gauge(o, "maglev_up", "Whether a maglev-stone serves the repository (1) or not (0)", s != nullptr ? 1 : 0);
  if (s == nullptr) return o;
  head(o, "maglev_info", "gauge", "The repository and its stone");
  o += "maglev_info{repo=\"" + label(s->repo) + "\",stone_pid=\"" + std::to_string(s->stone_pid) + "\"} 1\n";
#define X(field, prom, help)                  \
  head(o, prom, "counter", help);             \
  o += std::string(prom) + " " + std::to_string(s->field) + "\n";
#include "stat/counters.def"
#undef X
  gauge(o, "maglev_stone_uptime_seconds", "Seconds since the stone started", s->uptime_s);
  gauge(o, "maglev_newest_commit", "Number of the newest published commit", double(s->newest_commit));
  gauge(o, "maglev_extent_bytes", "Size of the extent: superblock file and segments (pre-grown)", double(s->extent_bytes));
  gauge(o, "maglev_cache_frames_capacity", "Frames in the shared page cache", s->frames_total);
  head(o, "maglev_cache_frames", "gauge", "Frames of the shared page cache by state");
  uint32_t free_frames = s->frames_total - std::min(s->frames_total, s->frames_used + s->frames_busy);
  o += "maglev_cache_frames{state=\"used\"} " + std::to_string(s->frames_used) + "\n";
  o += "maglev_cache_frames{state=\"free\"} " + std::to_string(free_frames) + "\n";
  o += "maglev_cache_frames{state=\"pinned\"} " + std::to_string(s->frames_pinned) + "\n";
  o += "maglev_cache_frames{state=\"busy\"} " + std::to_string(s->frames_busy) + "\n";
  gauge(o, "maglev_sessions", "Attached sessions (VMs)", double(s->sessions.size()));
  Report r = make_report(nullptr, *s);
  if (r.has_oldest) {
    gauge(o, "maglev_oldest_snapshot_age_seconds", "Age of the oldest snapshot a session still holds",
          r.oldest_age_s);
    gauge(o, "maglev_oldest_snapshot_commits_behind", "Commits between the oldest held snapshot and the newest",
          double(r.oldest_behind));
    head(o, "maglev_oldest_snapshot_holder", "gauge", "The session holding the oldest snapshot");
    o += "maglev_oldest_snapshot_holder{pid=\"" + std::to_string(r.oldest_pid) + "\",program=\"" +
         label(r.oldest_program) + "\"} 1\n";
  }
  histogram(o, "maglev_commit_latency_seconds", "Commit request received to acknowledged", s->commit_hist,
            s->commit_sum_us);
  histogram(o, "maglev_fsync_latency_seconds", "Batch write submitted to durable", s->sync_hist, s->sync_sum_us);
  static const char* const kPhaseHelp[kPhases] = {
      "Batch: its oldest request's wait before the batch began",
      "Batch: checks, pages and object-table update until the write is submitted",
      "Batch: publication and acknowledgements"};
  for (uint32_t p = 0; p < kPhases; ++p)
    histogram(o, (std::string("maglev_batch_") + shared_cache::kBatchPhaseNames[p] + "_seconds").c_str(), kPhaseHelp[p],
              s->phase_hist[p], s->phase_sum_us[p]);
  struct PerSession {
    const char* name;
    const char* type;
    const char* help;
    double (*get)(const SessionSample&);
  };
  static const PerSession kPer[] = {
      {"maglev_session_snapshot_age_seconds", "gauge", "Age of the session's snapshot",
       [](const SessionSample& x) { return x.snapshot_age_s; }},
      {"maglev_session_commits_total", "counter", "Commits by the session",
       [](const SessionSample& x) { return double(x.commits); }},
      {"maglev_session_conflicts_total", "counter", "Conflicts met by the session",
       [](const SessionSample& x) { return double(x.conflicts); }},
      {"maglev_session_aborts_total", "counter", "Aborts by the session",
       [](const SessionSample& x) { return double(x.aborts); }},
      {"maglev_session_pages_read_total", "counter", "Pages the session read from the extent",
       [](const SessionSample& x) { return double(x.pages_read); }},
  };
  for (const PerSession& p : kPer) {
    if (s->sessions.empty()) break;
    head(o, p.name, p.type, p.help);
    for (const SessionSample& x : s->sessions)
      o += std::string(p.name) + "{pid=\"" + std::to_string(x.pid) + "\",program=\"" + label(x.program) +
           "\",state=\"" + txn_state_name(x.txn_state) + "\"} " + val(p.get(x)) + "\n";
  }
  return o;
}

namespace {

void send_all(int fd, const std::string& s) {
  size_t at = 0;
  while (at < s.size()) {
    ssize_t n = ::send(fd, s.data() + at, s.size() - at, MSG_NOSIGNAL);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      return;
    }
    at += static_cast<size_t>(n);
  }
}

void respond(int fd, const char* status, const char* type, const std::string& body, bool head_only) {
  std::string h = std::string("HTTP/1.0 ") + status + "\r\nContent-Type: " + type +
                  "\r\nContent-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n";
  send_all(fd, head_only ? h : h + body);
}

void serve_one(Monitor& m, int fd) {
  timeval tv{2, 0};  // a slow or silent client cannot hold the server
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  std::string req;
  char buf[2048];
  while (req.find("\r\n\r\n") == std::string::npos && req.find("\n\n") == std::string::npos &&
         req.size() < 16384) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      break;
    }
    req.append(buf, static_cast<size_t>(n));
  }
  size_t sp1 = req.find(' ');
  size_t sp2 = sp1 == std::string::npos ? sp1 : req.find(' ', sp1 + 1);
  if (sp2 == std::string::npos) {
    respond(fd, "400 Bad Request", "text/plain", "bad request\n", false);
    return;
  }
  std::string method = req.substr(0, sp1);
  std::string path = req.substr(sp1 + 1, sp2 - sp1 - 1);
  path = path.substr(0, path.find('?'));
  bool head_only = method == "HEAD";
  if (method != "GET" && !head_only) {
    respond(fd, "405 Method Not Allowed", "text/plain", "only GET\n", false);
    return;
  }
  if (path == "/metrics") {
    auto s = m.sample();
    if (!s.ok()) spdlog::debug("scrape without a stone: {}", s.status().to_string());
    respond(fd, "200 OK", "text/plain; version=0.0.4; charset=utf-8", prometheus_text(s.ok() ? &*s : nullptr),
            head_only);
  } else if (path == "/") {
    respond(fd, "200 OK", "text/html; charset=utf-8",
            "<html><head><title>maglev-stat</title></head><body><h1>maglev-stat</h1>"
            "<p><a href=\"/metrics\">metrics</a></p></body></html>\n",
            head_only);
  } else {
    respond(fd, "404 Not Found", "text/plain", "not found; try /metrics\n", head_only);
  }
}

}  // namespace

int serve_prometheus(Monitor& m, const std::string& addr) {
  std::string host = "127.0.0.1", port = addr;
  if (size_t colon = addr.rfind(':'); colon != std::string::npos) {
    host = addr.substr(0, colon);
    port = addr.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (host.empty()) host = "127.0.0.1";
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* res = nullptr;
  if (int e = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &res); e != 0) {
    std::fprintf(stderr, "maglev-stat: --prometheus %s: %s\n", addr.c_str(), ::gai_strerror(e));
    return 1;
  }
  int lfd = -1;
  std::string why;
  for (addrinfo* a = res; a != nullptr && lfd < 0; a = a->ai_next) {
    int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 16) == 0) {
      lfd = fd;
    } else {
      why = std::strerror(errno);
      ::close(fd);
    }
  }
  ::freeaddrinfo(res);
  if (lfd < 0) {
    std::fprintf(stderr, "maglev-stat: cannot listen on %s: %s\n", addr.c_str(), why.c_str());
    return 1;
  }
  sockaddr_storage bound{};
  socklen_t len = sizeof bound;
  ::getsockname(lfd, reinterpret_cast<sockaddr*>(&bound), &len);
  char hbuf[NI_MAXHOST], pbuf[NI_MAXSERV];
  ::getnameinfo(reinterpret_cast<sockaddr*>(&bound), len, hbuf, sizeof hbuf, pbuf, sizeof pbuf,
                NI_NUMERICHOST | NI_NUMERICSERV);
  bool v6 = bound.ss_family == AF_INET6;
  std::printf("maglev-stat: serving http://%s%s%s:%s/metrics for %s\n", v6 ? "[" : "", hbuf, v6 ? "]" : "", pbuf,
              m.repo().c_str());
  std::fflush(stdout);
  struct sigaction sa{};
  sa.sa_handler = on_stop;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
  while (!g_stop) {
    pollfd p{lfd, POLLIN, 0};
    int n = ::poll(&p, 1, 1000);
    if (n <= 0) {
      m.release_if_gone();
      continue;
    }
    int fd = ::accept4(lfd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    serve_one(m, fd);
    ::close(fd);
  }
  ::close(lfd);
  return 0;
}

}  // namespace maglev::stat
