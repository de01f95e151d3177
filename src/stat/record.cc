// Machine-readable reports: one JSON object per sample (--json), and CSV rows for
// --record (the column list below is the one source of the header and the rows; plot.cc
// reads the columns back by name).
#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <functional>

#include "stat/stat.h"

namespace maglev::stat {

namespace {

std::string num(double v) {
  if (std::isnan(v) || std::isinf(v)) return "";
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else if (std::fabs(v) >= 1e5) std::snprintf(buf, sizeof buf, "%.3f", v);  // e.g. times
  else std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string json_num(double v) {
  std::string s = num(v);
  return s.empty() ? "null" : s;
}

std::string json_str(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string json_latency(const Latency& l) {
  return "{\"count\": " + json_num(double(l.count)) + ", \"p50\": " + json_num(l.p50_us) +
         ", \"p99\": " + json_num(l.p99_us) + ", \"mean\": " + json_num(l.mean_us) + "}";
}

struct Column {
  const char* name;
  std::function<double(const Report&)> get;
};

const std::vector<Column>& columns() {
  static const std::vector<Column> kColumns = [] {
    std::vector<Column> c = {
        {"time", [](const Report& r) { return r.cur.time; }},
        {"uptime_s", [](const Report& r) { return r.cur.uptime_s; }},
        {"stone_pid", [](const Report& r) { return double(r.cur.stone_pid); }},
        {"interval_s", [](const Report& r) { return r.interval_s; }},
        {"newest_commit", [](const Report& r) { return double(r.cur.newest_commit); }},
        {"extent_bytes", [](const Report& r) { return double(r.cur.extent_bytes); }},
        {"frames_total", [](const Report& r) { return double(r.cur.frames_total); }},
        {"frames_used", [](const Report& r) { return double(r.cur.frames_used); }},
        {"frames_pinned", [](const Report& r) { return double(r.cur.frames_pinned); }},
        {"sessions", [](const Report& r) { return double(r.cur.sessions.size()); }},
        {"commits_per_s", [](const Report& r) { return r.commits_per_s; }},
        {"aborts_per_s", [](const Report& r) { return r.aborts_per_s; }},
        {"conflicts_per_s", [](const Report& r) { return r.conflicts_per_s; }},
        {"fsyncs_per_s", [](const Report& r) { return r.syncs_per_s; }},
        {"pages_read_per_s", [](const Report& r) { return r.pages_read_per_s; }},
        {"pages_written_per_s", [](const Report& r) { return r.pages_written_per_s; }},
        {"bytes_appended_per_s", [](const Report& r) { return r.bytes_appended_per_s; }},
        {"lookups_per_s", [](const Report& r) { return r.lookups_per_s; }},
        {"misses_per_s", [](const Report& r) { return r.misses_per_s; }},
        {"evictions_per_s", [](const Report& r) { return r.evictions_per_s; }},
        {"hit_ratio", [](const Report& r) { return r.hit_ratio; }},
        {"commit_p50_us", [](const Report& r) { return r.commit.p50_us; }},
        {"commit_p99_us", [](const Report& r) { return r.commit.p99_us; }},
        {"commit_mean_us", [](const Report& r) { return r.commit.mean_us; }},
        {"fsync_p50_us", [](const Report& r) { return r.sync.p50_us; }},
        {"fsync_p99_us", [](const Report& r) { return r.sync.p99_us; }},
        {"fsync_mean_us", [](const Report& r) { return r.sync.mean_us; }},
        {"batch_gather_mean_us", [](const Report& r) { return r.phase[shared_cache::kPhaseGather].mean_us; }},
        {"batch_build_mean_us", [](const Report& r) { return r.phase[shared_cache::kPhaseBuild].mean_us; }},
        {"batch_publish_mean_us", [](const Report& r) { return r.phase[shared_cache::kPhasePublish].mean_us; }},
        {"oldest_snapshot_age_s", [](const Report& r) { return r.has_oldest ? r.oldest_age_s : NAN; }},
        {"oldest_snapshot_behind", [](const Report& r) { return r.has_oldest ? double(r.oldest_behind) : NAN; }},
        {"oldest_snapshot_pid", [](const Report& r) { return r.has_oldest ? double(r.oldest_pid) : NAN; }},
    };
#define X(field, prom, help) c.push_back({#field, [](const Report& r) { return double(r.cur.field); }});
#include "stat/counters.def"
#undef X
    return c;
  }();
  return kColumns;
}

}  // namespace

std::string report_json(const Report& r) {
  const Sample& s = r.cur;
  std::string o = "{";
  o += "\"time\": " + json_num(s.time);
  o += ", \"repo\": " + json_str(s.repo);
  o += ", \"stone_pid\": " + json_num(s.stone_pid);
  o += ", \"uptime_s\": " + json_num(s.uptime_s);
  o += ", \"interval_s\": " + json_num(r.interval_s);
  o += ", \"since_start\": " + std::string(r.since_start ? "true" : "false");
  o += ", \"newest_commit\": " + json_num(double(s.newest_commit));
  o += ", \"extent_bytes\": " + json_num(double(s.extent_bytes));
  o += ", \"page_size\": " + json_num(s.page_size);
  uint32_t free_frames = s.frames_total - std::min(s.frames_total, s.frames_used + s.frames_busy);
  o += ", \"frames\": {\"total\": " + json_num(s.frames_total) + ", \"used\": " + json_num(s.frames_used) +
       ", \"free\": " + json_num(free_frames) + ", \"pinned\": " + json_num(s.frames_pinned) +
       ", \"busy\": " + json_num(s.frames_busy) + "}";
  o += ", \"counters\": {";
  bool first = true;
  for (auto& [k, v] : counter_list(s)) {
    o += (first ? "" : ", ") + json_str(k) + ": " + json_num(double(v));
    first = false;
  }
  o += "}";
  o += ", \"rates\": {\"commits\": " + json_num(r.commits_per_s) + ", \"aborts\": " + json_num(r.aborts_per_s) +
       ", \"conflicts\": " + json_num(r.conflicts_per_s) + ", \"fsyncs\": " + json_num(r.syncs_per_s) +
       ", \"pages_read\": " + json_num(r.pages_read_per_s) + ", \"pages_written\": " +
       json_num(r.pages_written_per_s) + ", \"bytes_appended\": " + json_num(r.bytes_appended_per_s) +
       ", \"lookups\": " + json_num(r.lookups_per_s) + ", \"misses\": " + json_num(r.misses_per_s) +
       ", \"evictions\": " + json_num(r.evictions_per_s) + "}";
  o += ", \"hit_ratio\": " + json_num(r.hit_ratio);
  o += ", \"commit_latency_us\": " + json_latency(r.commit);
  o += ", \"fsync_latency_us\": " + json_latency(r.sync);
  o += ", \"batch_phase_us\": {";
  for (uint32_t p = 0; p < kPhases; ++p)
    o += (p ? ", " : "") + json_str(shared_cache::kBatchPhaseNames[p]) + ": " + json_latency(r.phase[p]);
  o += "}";
  if (r.has_oldest)
    o += ", \"oldest_snapshot\": {\"commit\": " + json_num(double(r.oldest_snapshot)) +
         ", \"behind\": " + json_num(double(r.oldest_behind)) + ", \"pid\": " + json_num(r.oldest_pid) +
         ", \"program\": " + json_str(r.oldest_program) + ", \"state\": " +
         json_str(txn_state_name(r.oldest_state)) + ", \"age_s\": " + json_num(r.oldest_age_s) + "}";
  else
    o += ", \"oldest_snapshot\": null";
  o += ", \"sessions\": [";
  for (size_t i = 0; i < s.sessions.size(); ++i) {
    const SessionSample& x = s.sessions[i];
    o += (i ? ", " : "") + std::string("{\"slot\": ") + json_num(x.slot) + ", \"pid\": " + json_num(x.pid) +
         ", \"program\": " + json_str(x.program) + ", \"state\": " + json_str(txn_state_name(x.txn_state)) +
         ", \"snapshot\": " + json_num(double(x.snapshot)) + ", \"snapshot_age_s\": " + json_num(x.snapshot_age_s) +
         ", \"commits\": " + json_num(double(x.commits)) + ", \"aborts\": " + json_num(double(x.aborts)) +
         ", \"conflicts\": " + json_num(double(x.conflicts)) + ", \"lookups\": " + json_num(double(x.lookups)) +
         ", \"hits\": " + json_num(double(x.hits)) + ", \"pages_read\": " + json_num(double(x.pages_read)) + "}";
  }
  o += "]}";
  return o;
}

std::string csv_header() {
  std::string h;
  for (const Column& c : columns()) h += (h.empty() ? "" : ",") + std::string(c.name);
  return h;
}

std::string csv_row(const Report& r) {
  std::string row;
  bool first = true;
  for (const Column& c : columns()) {
    if (!first) row += ',';
    first = false;
    row += num(c.get(r));
  }
  return row;
}

Recorder::~Recorder() {
  if (f_ != nullptr) std::fclose(f_);
}

Status Recorder::open(const std::string& path) {
  path_ = path;
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) return errno_status(errno, "opening " + path);
  f_ = ::fdopen(fd, "a+");
  if (f_ == nullptr) {
    ::close(fd);
    return errno_status(errno, "opening " + path);
  }
  std::rewind(f_);
  char buf[4096];
  std::string first;
  if (std::fgets(buf, sizeof buf, f_) != nullptr) first = buf;
  while (!first.empty() && (first.back() == '\n' || first.back() == '\r')) first.pop_back();
  if (first.empty()) {
    if (std::fprintf(f_, "%s\n", csv_header().c_str()) < 0 || std::fflush(f_) != 0)
      return errno_status(errno, "writing " + path);
  } else if (first != csv_header()) {
    return Status(Errc::kInvalid, path + " holds samples with other columns (another maglev-stat version?); "
                                         "record to a new file");
  }
  return Status();
}

Status Recorder::append(const Report& r) {
  if (std::fprintf(f_, "%s\n", csv_row(r).c_str()) < 0 || std::fflush(f_) != 0)
    return errno_status(errno, "writing " + path_);
  return Status();
}

}  // namespace maglev::stat
