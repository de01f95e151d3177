// `maglev-stat plot FILE -o OUT`: reads a --record CSV and draws it as time-series
// charts, inline SVG in one self-contained HTML page (no scripts, no external files),
// or as a single SVG when OUT ends in .svg.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "stat/stat.h"

namespace maglev::stat {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kWidth = 760, kHeight = 230;
constexpr int kLeft = 70, kRight = 16, kTop = 44, kBottom = 34, kLegendRow = 15;
const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

struct Series {
  const char* column;
  const char* label;
  double scale;
};
struct Chart {
  const char* title;
  const char* unit;
  std::vector<Series> series;
};

// What is drawn, in order. Columns come from record.cc's CSV header.
const std::vector<Chart>& charts() {
  static const std::vector<Chart> kCharts = {
      {"Commits", "per second",
       {{"commits_per_s", "commits", 1}, {"aborts_per_s", "aborts", 1}, {"conflicts_per_s", "conflicts", 1},
        {"fsyncs_per_s", "fsyncs", 1}}},
      {"Commit and fsync latency", "microseconds",
       {{"commit_p50_us", "commit p50", 1}, {"commit_p99_us", "commit p99", 1}, {"fsync_p50_us", "fsync p50", 1},
        {"fsync_p99_us", "fsync p99", 1}}},
      {"Cache hit ratio", "percent of lookups", {{"hit_ratio", "hit ratio", 100}}},
      {"Page I/O", "pages per second",
       {{"pages_read_per_s", "read from disk", 1}, {"pages_written_per_s", "written", 1},
        {"evictions_per_s", "evicted", 1}}},
      {"Cache lookups", "per second", {{"lookups_per_s", "lookups", 1}, {"misses_per_s", "misses", 1}}},
      {"Commit batch phases", "microseconds (mean per batch)",
       {{"batch_gather_mean_us", "gather", 1}, {"batch_build_mean_us", "build", 1}, {"fsync_mean_us", "fsync", 1},
        {"batch_publish_mean_us", "publish", 1}}},
      {"Bytes appended to the extent", "MiB per second", {{"bytes_appended_per_s", "appended", 1.0 / 1048576}}},
      {"Cache frames", "frames",
       {{"frames_used", "used", 1}, {"frames_pinned", "pinned", 1}, {"frames_total", "total", 1}}},
      {"Oldest snapshot held", "seconds", {{"oldest_snapshot_age_s", "age", 1}}},
      {"Oldest snapshot held", "commits behind the newest", {{"oldest_snapshot_behind", "behind", 1}}},
      {"Attached sessions", "sessions", {{"sessions", "sessions", 1}}},
  };
  return kCharts;
}

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

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else if (c == '&') o += "&amp;";
    else if (c == '"') o += "&quot;";
    else o += c;
  }
  return o;
}

std::string tick_label(double v) {
  double a = std::fabs(v);
  if (a >= 1e9) return fmt("%.3gG", v / 1e9);
  if (a >= 1e6) return fmt("%.3gM", v / 1e6);
  if (a >= 1e4) return fmt("%.3gk", v / 1e3);
  return fmt("%.4g", v);
}

std::string clock_label(double t, bool with_date) {
  time_t secs = static_cast<time_t>(t);
  struct tm tm;
  ::localtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, with_date ? "%Y-%m-%d %H:%M:%S" : "%H:%M:%S", &tm);
  return buf;
}

double nice_step(double range, int ticks) {
  double raw = range / ticks;
  double mag = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

double time_step(double range) {
  for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0,
                   10800.0, 21600.0, 43200.0, 86400.0})
    if (range / s <= 8) return s;
  return 86400.0 * std::ceil(range / 86400.0 / 8);
}

struct Table {
  std::vector<std::string> names;
  std::vector<std::vector<double>> rows;
  int col(const std::string& n) const {
    auto it = std::find(names.begin(), names.end(), n);
    return it == names.end() ? -1 : int(it - names.begin());
  }
};

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ',')) out.push_back(cell);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

Result<Table> read_csv(const std::string& path) {
  std::ifstream f(path);
  if (!f) return errno_status(errno, "opening " + path);
  Table t;
  std::string line;
  if (!std::getline(f, line)) return Status(Errc::kInvalid, path + " is empty");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  t.names = split(line);
  if (t.col("time") != 0) return Status(Errc::kInvalid, path + " is not a maglev-stat recording (no time column)");
  size_t lineno = 1;
  while (std::getline(f, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cells = split(line);
    if (cells.size() != t.names.size()) continue;  // a torn last line (recorder killed mid-write)
    std::vector<double> row(cells.size(), kNaN);
    for (size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].empty()) continue;
      char* end = nullptr;
      double v = std::strtod(cells[i].c_str(), &end);
      if (end != cells[i].c_str() && *end == '\0') row[i] = v;
    }
    if (std::isnan(row[0])) continue;
    t.rows.push_back(std::move(row));
  }
  std::stable_sort(t.rows.begin(), t.rows.end(), [](auto& a, auto& b) { return a[0] < b[0]; });
  return t;
}

// One chart as SVG elements inside a <g> translated to (0, y). Empty when none of its
// columns holds a value.
std::string chart_svg(const Chart& c, const Table& t, double t0, double t1, double gap, int y) {
  std::vector<int> cols;
  std::vector<const Series*> series;
  std::vector<std::string> legends;
  double vmax = 0;
  bool any = false;
  for (const Series& s : c.series) {
    int ci = t.col(s.column);
    if (ci < 0) continue;
    double peak = 0, last = kNaN;
    for (auto& row : t.rows)
      if (!std::isnan(row[size_t(ci)])) {
        any = true;
        last = row[size_t(ci)] * s.scale;
        peak = std::max(peak, last);
      }
    vmax = std::max(vmax, peak);
    cols.push_back(ci);
    series.push_back(&s);
    legends.push_back(std::string(s.label) + " (max " + tick_label(peak) +
                      (std::isnan(last) ? "" : ", last " + tick_label(last)) + ")");
  }
  if (!any) return "";
  // Legends left to right, wrapping; the plot area starts below them.
  std::vector<std::pair<double, int>> legend_at;  // x, row
  double lx = kLeft;
  int lrow = 0;
  for (const std::string& l : legends) {
    double w = 14 + 6.0 * double(l.size()) + 16;
    if (lx > kLeft && lx + w > kWidth - kRight) {
      lx = kLeft;
      ++lrow;
    }
    legend_at.emplace_back(lx, lrow);
    lx += w;
  }
  const int top = kTop + lrow * kLegendRow;
  if (vmax <= 0) vmax = 1;
  double step = nice_step(vmax, 4);
  double ymax = std::ceil(vmax / step) * step;
  const double pw = kWidth - kLeft - kRight, ph = kHeight - top - kBottom;
  double span = t1 > t0 ? t1 - t0 : 1;
  auto X = [&](double tt) { return kLeft + (tt - t0) / span * pw; };
  auto Y = [&](double v) { return top + ph - v / ymax * ph; };
  std::string o = fmt("<g class=\"chart\" transform=\"translate(0,%d)\">\n", y);
  o += fmt("<rect class=\"frame\" x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"%d\"/>\n", kWidth - 1, kHeight - 1);
  o += "<text class=\"title\" x=\"" + std::to_string(kLeft) + "\" y=\"18\">" + esc(c.title) +
       " <tspan class=\"unit\">(" + esc(c.unit) + ")</tspan></text>\n";
  for (double v = 0; v <= ymax + step / 2; v += step) {
    o += fmt("<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", kLeft, Y(v), kWidth - kRight, Y(v));
    o += fmt("<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", kLeft - 6, Y(v) + 4,
             esc(tick_label(v)).c_str());
  }
  double ts = time_step(span);
  for (double tt = std::ceil(t0 / ts) * ts; tt <= t1 + 1e-9; tt += ts) {
    o += fmt("<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>", X(tt), top, X(tt), top + ph);
    o += fmt("<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", X(tt), top + ph + 16,
             clock_label(tt, false).c_str());
  }
  o += fmt("<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n", kLeft, top + ph,
           kWidth - kRight, top + ph);
  for (size_t k = 0; k < series.size(); ++k) {
    const char* color = kColors[k % (sizeof kColors / sizeof *kColors)];
    size_t ci = size_t(cols[k]);
    double scale = series[k]->scale;
    // Per horizontal pixel keep the minimum and maximum (spikes survive thinning);
    // a missing value or a gap in the recording starts a new segment.
    struct Point {
      double t, lo, hi;
    };
    std::vector<std::vector<Point>> segments(1);
    double last_t = kNaN;
    for (auto& row : t.rows) {
      double v = row[ci] * scale, tt = row[0];
      bool gap_here = !std::isnan(last_t) && tt - last_t > gap;
      last_t = tt;
      if ((std::isnan(v) || gap_here) && !segments.back().empty()) segments.emplace_back();
      if (std::isnan(v)) continue;
      auto& seg = segments.back();
      if (!seg.empty() && int(X(seg.back().t)) == int(X(tt))) {
        seg.back().lo = std::min(seg.back().lo, v);
        seg.back().hi = std::max(seg.back().hi, v);
      } else {
        seg.push_back(Point{tt, v, v});
      }
    }
    std::string d;
    for (auto& seg : segments) {
      if (seg.size() == 1 && seg[0].lo == seg[0].hi) {
        o += fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"/>\n", X(seg[0].t), Y(seg[0].lo), color);
        continue;
      }
      for (size_t i = 0; i < seg.size(); ++i) {
        d += fmt("%c%.1f %.1f", i == 0 ? 'M' : 'L', X(seg[i].t), Y(seg[i].lo));
        if (seg[i].hi != seg[i].lo) d += fmt("L%.1f %.1f", X(seg[i].t), Y(seg[i].hi));
      }
    }
    if (!d.empty())
      o += fmt("<path class=\"series\" stroke=\"%s\" d=\"%s\"><title>%s</title></path>\n", color, d.c_str(),
               esc(series[k]->label).c_str());
    auto [legend_x, legend_row] = legend_at[k];
    o += fmt("<rect x=\"%.0f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", legend_x,
             27 + legend_row * kLegendRow, color);
    o += fmt("<text class=\"legend\" x=\"%.0f\" y=\"%d\">%s</text>\n", legend_x + 14, 36 + legend_row * kLegendRow,
             esc(legends[k]).c_str());
  }
  o += "</g>\n";
  return o;
}

const char* kStyle =
    ".frame{fill:#fff;stroke:#ccc}.title{font:bold 14px sans-serif;fill:#222}.unit{font-weight:normal;fill:#666}"
    ".tick{font:11px sans-serif;fill:#555}.legend{font:11px sans-serif;fill:#333}"
    ".grid{stroke:#eee;stroke-width:1}.axis{stroke:#999;stroke-width:1}"
    ".series{fill:none;stroke-width:1.6;stroke-linejoin:round}";

}  // namespace

Status plot(const std::string& csv_path, const std::string& out_path) {
  auto table = read_csv(csv_path);
  if (!table.ok()) return table.status();
  const Table& t = *table;
  if (t.rows.empty()) return Status(Errc::kInvalid, csv_path + " holds no samples");
  double t0 = t.rows.front()[0], t1 = t.rows.back()[0];
  std::vector<double> steps;
  for (size_t i = 1; i < t.rows.size(); ++i) steps.push_back(t.rows[i][0] - t.rows[i - 1][0]);
  std::sort(steps.begin(), steps.end());
  double median = steps.empty() ? 1 : steps[steps.size() / 2];
  double gap = std::max(3 * median, 0.5);  // longer pauses: the monitor or the stone was down
  std::vector<std::string> parts;
  for (const Chart& c : charts()) {
    std::string g = chart_svg(c, t, t0, t1, gap, 0);
    if (!g.empty()) parts.push_back(g);
  }
  bool svg_only = out_path.size() > 4 && out_path.compare(out_path.size() - 4, 4, ".svg") == 0;
  std::string caption = fmt("%zu samples from %s to %s (%.0f s), median interval %.2f s", t.rows.size(),
                            clock_label(t0, true).c_str(), clock_label(t1, true).c_str(), t1 - t0, median);
  std::string doc;
  if (svg_only) {
    int h = int(parts.size()) * (kHeight + 10) + 30;
    doc = fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
              kWidth, h, kWidth, h);
    doc += std::string("<style>") + kStyle + "</style>\n";
    doc += "<text class=\"tick\" x=\"4\" y=\"18\">maglev-stat: " + esc(caption) + "</text>\n";
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string g = parts[i];
      g.replace(g.find("translate(0,0)"), 14, fmt("translate(0,%zu)", 30 + i * (kHeight + 10)));
      doc += g;
    }
    doc += "</svg>\n";
  } else {
    doc = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>maglev-stat report</title>\n";
    doc += std::string("<style>body{font-family:sans-serif;margin:24px;color:#222;background:#fafafa}") +
           "h1{font-size:20px}p{color:#555}svg{display:block;margin:12px 0}" + kStyle + "</style></head>\n<body>\n";
    doc += "<h1>maglev-stat report</h1>\n<p>" + esc(csv_path) + ": " + esc(caption) + "</p>\n";
    for (const std::string& g : parts)
      doc += fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                 kWidth, kHeight, kWidth, kHeight) +
             g + "</svg>\n";
    doc += "</body></html>\n";
  }
  int fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return errno_status(errno, "creating " + out_path);
  size_t at = 0;
  while (at < doc.size()) {
    ssize_t n = ::write(fd, doc.data() + at, doc.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Status s = errno_status(errno, "writing " + out_path);
      ::close(fd);
      return s;
    }
    at += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return errno_status(errno, "writing " + out_path);
  return Status();
}

}  // namespace maglev::stat
