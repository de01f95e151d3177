// From two samples to what a person reads: per-second rates, the hit ratio, latency
// percentiles estimated from the log2 histograms, and the oldest snapshot's holder.
#include <cmath>
#include <limits>

#include "stat/stat.h"

namespace maglev::stat {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Bucket b holds latencies in [2^b, 2^(b+1)) microseconds; bucket 0 also holds 0 and 1;
// the last is open-ended (its lower bound is reported).
double bucket_low(uint32_t b) { return b == 0 ? 0 : std::ldexp(1.0, static_cast<int>(b)); }
double bucket_high(uint32_t b) { return std::ldexp(1.0, static_cast<int>(b) + 1); }

uint64_t minus(uint64_t a, uint64_t b) { return a >= b ? a - b : 0; }

Latency latency(const uint64_t* cur, const uint64_t* prev, uint64_t sum, uint64_t prev_sum) {
  uint64_t d[kBuckets];
  Latency l;
  for (uint32_t b = 0; b < kBuckets; ++b) {
    d[b] = minus(cur[b], prev != nullptr ? prev[b] : 0);
    l.count += d[b];
  }
  if (l.count == 0) {
    l.p50_us = l.p99_us = l.mean_us = kNaN;
    return l;
  }
  l.p50_us = histogram_percentile(d, 0.50);
  l.p99_us = histogram_percentile(d, 0.99);
  l.mean_us = double(minus(sum, prev_sum)) / double(l.count);
  return l;
}

}  // namespace

double histogram_percentile(const uint64_t* hist, double q) {
  uint64_t total = 0;
  for (uint32_t b = 0; b < kBuckets; ++b) total += hist[b];
  if (total == 0) return kNaN;
  double rank = q * double(total);
  double below = 0;
  for (uint32_t b = 0; b < kBuckets; ++b) {
    if (hist[b] == 0) continue;
    if (below + double(hist[b]) >= rank) {
      if (b + 1 == kBuckets) return bucket_low(b);
      double frac = (rank - below) / double(hist[b]);
      return bucket_low(b) + frac * (bucket_high(b) - bucket_low(b));
    }
    below += double(hist[b]);
  }
  return bucket_low(kBuckets - 1);
}

const char* txn_state_name(uint32_t state) {
  switch (state) {
    case shared_cache::kTxnIdle: return "idle";
    case shared_cache::kTxnOpen: return "in-txn";
    case shared_cache::kTxnCommitting: return "committing";
  }
  return "?";
}

Report make_report(const Sample* prev, const Sample& cur) {
  Report r;
  r.cur = cur;
  // A previous sample counts only if it is of the same stone (counters restart with it).
  if (prev != nullptr && (prev->stone_pid != cur.stone_pid || prev->mono >= cur.mono)) prev = nullptr;
  static const Sample kZero;
  const Sample& p = prev != nullptr ? *prev : kZero;
  r.since_start = prev == nullptr;
  r.interval_s = prev != nullptr ? cur.mono - prev->mono : cur.uptime_s;
  auto rate = [&](uint64_t now, uint64_t before) {
    return r.interval_s > 0 ? double(minus(now, before)) / r.interval_s : kNaN;
  };
  r.commits_per_s = rate(cur.commits, p.commits);
  r.aborts_per_s = rate(cur.aborts, p.aborts);
  r.conflicts_per_s = rate(cur.conflicts, p.conflicts);
  r.syncs_per_s = rate(cur.syncs, p.syncs);
  r.pages_read_per_s = rate(cur.pages_read, p.pages_read);
  r.pages_written_per_s = rate(cur.pages_written, p.pages_written);
  r.bytes_appended_per_s = rate(cur.bytes_appended, p.bytes_appended);
  r.lookups_per_s = rate(cur.lookups, p.lookups);
  r.evictions_per_s = rate(cur.evictions, p.evictions);
  uint64_t lookups = minus(cur.lookups, p.lookups), hits = std::min(minus(cur.hits, p.hits), lookups);
  r.hit_ratio = lookups > 0 ? double(hits) / double(lookups) : kNaN;
  r.misses_per_s = r.interval_s > 0 ? double(lookups - hits) / r.interval_s : kNaN;
  r.commit = latency(cur.commit_hist, prev != nullptr ? prev->commit_hist : nullptr, cur.commit_sum_us,
                     p.commit_sum_us);
  r.sync = latency(cur.sync_hist, prev != nullptr ? prev->sync_hist : nullptr, cur.sync_sum_us, p.sync_sum_us);
  for (uint32_t i = 0; i < kPhases; ++i)
    r.phase[i] = latency(cur.phase_hist[i], prev != nullptr ? prev->phase_hist[i] : nullptr, cur.phase_sum_us[i],
                         p.phase_sum_us[i]);
  for (const SessionSample& s : cur.sessions) {
    if (r.has_oldest && (s.snapshot > r.oldest_snapshot ||
                         (s.snapshot == r.oldest_snapshot && s.snapshot_age_s <= r.oldest_age_s)))
      continue;
    r.has_oldest = true;
    r.oldest_snapshot = s.snapshot;
    r.oldest_pid = s.pid;
    r.oldest_program = s.program;
    r.oldest_state = s.txn_state;
    r.oldest_age_s = s.snapshot_age_s;
  }
  r.oldest_behind = r.has_oldest ? minus(cur.newest_commit, r.oldest_snapshot) : 0;
  return r;
}

}  // namespace maglev::stat
