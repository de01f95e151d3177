// One consistent reading of the segment's statistics for monitors and the VM
// (maglev-stat, Maglev::System): global counters with the live sessions' folded in,
// frame states, latency histograms and session slots. Reads only: works on a
// read-only mapping, takes no lock, every loop is bounded.
#include <time.h>

#include "shared_cache/shared_cache.h"

namespace maglev::shared_cache {

namespace {

uint64_t ld(const std::atomic<uint64_t>& c) { return c.load(std::memory_order_relaxed); }

// The global counters reclaim_session adds a slot's counters to (before it frees the
// slot): a change between two reads means a slot was folded meanwhile.
struct Folded {
  uint64_t aborts, lookups, hits, pages_read;
  bool operator==(const Folded&) const = default;
};
Folded folded(const ShmStats& g) {
  return Folded{ld(g.aborts.value), ld(g.lookups.value), ld(g.hits.value), ld(g.pages_read.value)};
}

}  // namespace

CacheCounters read_counters(const Segment& seg) {
  const ShmHeader& h = seg.header();
  const auto* base = reinterpret_cast<const uint8_t*>(&h);
  CacheCounters c;
  c.page_size = h.page_size;
  c.newest_commit = seg.newest().last_commit;
  c.extent_pages = h.extent_pages.load(std::memory_order_relaxed);
  c.frames_total = h.frame_count;
  const auto* frames = reinterpret_cast<const ShmFrame*>(base + h.frame_meta_offset);
  for (uint32_t f = 0; f < h.frame_count; ++f) {
    uint64_t st = frames[f].state.load(std::memory_order_relaxed);
    c.frames_used += (st & kFrameValid) != 0;
    c.frames_pinned += (st & kFramePinned) != 0;
    c.frames_busy += (st & kFrameBusy) != 0;
  }
  const ShmStats& g = h.stats;
  const auto* slots = reinterpret_cast<const ShmSession*>(base + h.sessions_offset);
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  c.time_ns = uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
  // Globals, sessions, globals again: a slot reclaimed in between would be counted
  // twice (or not at all), so read again; reclaims are rare, four tries are plenty.
  Folded before{}, after{};
  for (int attempt = 0; attempt < 4; ++attempt) {
    before = folded(g);
    c.sessions.clear();
    for (uint32_t i = 0; i < h.session_count; ++i) {
      const ShmSession& ss = slots[i];
      if (ss.state.load(std::memory_order_acquire) != kSessionActive) continue;
      SessionCounters x;
      x.slot = i;
      x.pid = ss.pid.load(std::memory_order_relaxed);
      x.txn_state = ss.txn_state.load(std::memory_order_relaxed);
      x.snapshot = ld(ss.snapshot);
      x.snapshot_time_ns = ld(ss.snapshot_time_ns);
      x.commits = ld(ss.commits);
      x.conflicts = ld(ss.conflicts);
      x.aborts = ld(ss.aborts);
      x.lookups = ld(ss.lookups);
      x.hits = ld(ss.hits);
      x.pages_read = ld(ss.pages_read);
      c.sessions.push_back(x);
    }
    after = folded(g);
    if (before == after) break;
  }
  c.aborts = after.aborts;
  c.lookups = after.lookups;
  c.hits = after.hits;
  c.pages_read = after.pages_read;
  for (const SessionCounters& x : c.sessions) {
    c.aborts += x.aborts;
    c.lookups += x.lookups;
    c.hits += x.hits;
    c.pages_read += x.pages_read;
  }
  c.commits = ld(g.commits.value);
  c.conflicts = ld(g.conflicts.value);
  c.batches = ld(g.batches.value);
  c.syncs = ld(g.syncs.value);
  c.pages_written = ld(g.pages_written.value);
  c.bytes_appended = ld(g.bytes_appended.value);
  c.evictions = ld(g.evictions.value);
  c.install_failures = ld(g.install_failures.value);
  for (uint32_t b = 0; b < kLatencyBuckets; ++b) {
    c.commit_latency_us[b] = ld(g.commit_latency_us[b].value);
    c.sync_latency_us[b] = ld(g.sync_latency_us[b].value);
  }
  c.commit_latency_sum_us = ld(g.commit_latency_sum_us.value);
  c.sync_latency_sum_us = ld(g.sync_latency_sum_us.value);
  for (uint32_t p = 0; p < kBatchPhases; ++p) {
    for (uint32_t b = 0; b < kLatencyBuckets; ++b) c.phase_us[p][b] = ld(g.phase_us[p][b]);
    c.phase_sum_us[p] = ld(g.phase_sum_us[p]);
  }
  return c;
}

std::map<std::string, uint64_t> counter_map(const CacheCounters& c) {
  uint64_t commit_count = 0, sync_count = 0;
  for (uint32_t b = 0; b < kLatencyBuckets; ++b) {
    commit_count += c.commit_latency_us[b];
    sync_count += c.sync_latency_us[b];
  }
  uint64_t oldest = c.newest_commit;
  for (const SessionCounters& s : c.sessions) oldest = std::min(oldest, s.snapshot);
  std::map<std::string, uint64_t> m = {
      {"commits", c.commits},
      {"conflicts", c.conflicts},
      {"aborts", c.aborts},
      {"batches", c.batches},
      {"syncs", c.syncs},
      {"pages_written", c.pages_written},
      {"bytes_appended", c.bytes_appended},
      {"pages_read", c.pages_read},
      {"lookups", c.lookups},
      {"hits", c.hits},
      {"misses", c.lookups - std::min(c.lookups, c.hits)},
      {"evictions", c.evictions},
      {"install_failures", c.install_failures},
      {"frames", c.frames_total},
      {"frames_used", c.frames_used},
      {"frames_free", c.frames_total - std::min(c.frames_total, c.frames_used + c.frames_busy)},
      {"frames_pinned", c.frames_pinned},
      {"commit_latency_count", commit_count},
      {"commit_latency_sum_us", c.commit_latency_sum_us},
      {"sync_latency_count", sync_count},
      {"sync_latency_sum_us", c.sync_latency_sum_us},
      {"newest_commit", c.newest_commit},
      {"oldest_snapshot", oldest},
      {"extent_bytes", c.extent_pages * c.page_size},
      {"sessions", c.sessions.size()},
      {"page_size", c.page_size},
  };
  for (uint32_t p = 0; p < kBatchPhases; ++p) {  // batch_gather_count, batch_gather_sum_us, ...
    uint64_t n = 0;
    for (uint32_t b = 0; b < kLatencyBuckets; ++b) n += c.phase_us[p][b];
    m[std::string("batch_") + kBatchPhaseNames[p] + "_count"] = n;
    m[std::string("batch_") + kBatchPhaseNames[p] + "_sum_us"] = c.phase_sum_us[p];
  }
  return m;
}

}  // namespace maglev::shared_cache
