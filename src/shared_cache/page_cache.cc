// The page cache inside the segment: a set-associative page-id index, frame state
// words read under a seqlock, and clock eviction. Lock-free: readers copy bytes and
// re-check the frame's state; writers claim a frame with one CAS.
#include <cstring>

#include "shared_cache/shared_cache.h"

namespace maglev::shared_cache {

namespace {

constexpr uint64_t kEntryFrameMask = (1ULL << kIndexFrameBits) - 1;

uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

uint64_t make_entry(uint64_t page_id, uint32_t frame) {
  return (page_id << kIndexFrameBits) | (uint64_t{frame} + 1);
}

}  // namespace

ShmIndexBucket& Segment::bucket_for(uint64_t page_id) {
  return index_[mix(page_id) & (header_->bucket_count - 1)];
}

bool Segment::read_cached(uint64_t page_id, uint32_t offset, void* out, uint32_t len,
                          int32_t slot) {
  ShmSession* s = slot >= 0 ? &sessions_[slot] : nullptr;
  // Session counters have one writer (the VM owning the slot): plain increments.
  if (s != nullptr) s->lookups.store(s->lookups.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  ShmIndexBucket& b = bucket_for(page_id);
  for (auto& e : b.entry) {
    uint64_t v = e.load(std::memory_order_acquire);
    if (v == 0 || (v >> kIndexFrameBits) != page_id) continue;
    uint32_t f = static_cast<uint32_t>((v & kEntryFrameMask) - 1);
    ShmFrame& fr = frames_[f];
    uint64_t s1 = fr.state.load(std::memory_order_acquire);
    if (!(s1 & kFrameValid) || (s1 & kFramePageMask) != page_id) continue;
    std::memcpy(out, frame_data(f) + offset, len);
    std::atomic_thread_fence(std::memory_order_acquire);
    if (fr.state.load(std::memory_order_relaxed) != s1) continue;  // evicted while copying
    if (fr.referenced.load(std::memory_order_relaxed) == 0)
      fr.referenced.store(1, std::memory_order_relaxed);
    if (s != nullptr) s->hits.store(s->hits.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    return true;
  }
  return false;
}

bool Segment::index_insert(uint64_t page_id, uint32_t frame) {
  ShmIndexBucket& b = bucket_for(page_id);
  uint64_t want = make_entry(page_id, frame);
  for (auto& e : b.entry) {
    uint64_t v = e.load(std::memory_order_acquire);
    if (v != 0) {
      // Reuse entries whose frame no longer holds their page (stale hints).
      uint32_t f = static_cast<uint32_t>((v & kEntryFrameMask) - 1);
      uint64_t st = frames_[f].state.load(std::memory_order_acquire);
      bool live = (st & kFrameValid) && (st & kFramePageMask) == (v >> kIndexFrameBits);
      bool busy = (st & kFrameBusy) != 0;
      if (live || busy) continue;
    }
    if (e.compare_exchange_strong(v, want, std::memory_order_acq_rel)) return true;
  }
  return false;
}

void Segment::index_remove(uint64_t page_id, uint32_t frame) {
  uint64_t want = make_entry(page_id, frame);
  for (auto& e : bucket_for(page_id).entry) {
    uint64_t v = want;
    if (e.compare_exchange_strong(v, 0, std::memory_order_acq_rel)) return;
  }
}

int32_t Segment::install(uint64_t page_id, const void* page, int32_t owner, bool pinned) {
  const uint32_t n = header_->frame_count;
  const uint64_t busy_word = kFrameBusy | (uint64_t(owner + 1) & kFramePageMask);
  for (uint32_t tries = 0; tries < 3 * n; ++tries) {
    uint32_t f = static_cast<uint32_t>(header_->clock_hand.fetch_add(1) % n);
    ShmFrame& fr = frames_[f];
    uint64_t st = fr.state.load(std::memory_order_acquire);
    if (st & (kFrameBusy | kFramePinned)) continue;
    if ((st & kFrameValid) && fr.referenced.load(std::memory_order_relaxed) != 0) {
      fr.referenced.store(0, std::memory_order_relaxed);
      continue;
    }
    uint64_t version = (st & ~(kFrameVersionOne - 1)) + kFrameVersionOne;
    if (!fr.state.compare_exchange_strong(st, version | busy_word, std::memory_order_acq_rel))
      continue;
    if (st & kFrameValid) {
      index_remove(st & kFramePageMask, f);
      header_->stats.evictions.value.fetch_add(1, std::memory_order_relaxed);
    }
    std::memcpy(frame_data(f), page, header_->page_size);
    uint64_t done = (version + kFrameVersionOne) | kFrameValid | page_id |
                    (pinned ? kFramePinned : 0);
    fr.referenced.store(1, std::memory_order_relaxed);
    fr.state.store(done, std::memory_order_release);
    if (!index_insert(page_id, f)) {
      // Bucket full of live entries: leave the page uncached rather than wait.
      uint64_t expect = done;
      uint64_t freed = version + 2 * kFrameVersionOne;
      fr.state.compare_exchange_strong(expect, freed, std::memory_order_acq_rel);
      header_->stats.install_failures.value.fetch_add(1, std::memory_order_relaxed);
      return -1;
    }
    return static_cast<int32_t>(f);
  }
  header_->stats.install_failures.value.fetch_add(1, std::memory_order_relaxed);
  return -1;
}

void Segment::unpin(int32_t frame, uint64_t page_id) {
  if (frame < 0) return;
  ShmFrame& fr = frames_[frame];
  uint64_t st = fr.state.load(std::memory_order_acquire);
  while ((st & kFramePinned) && (st & kFramePageMask) == page_id) {
    if (fr.state.compare_exchange_weak(st, st & ~kFramePinned, std::memory_order_acq_rel))
      return;
  }
}

uint32_t Segment::frames_in_use() const {
  uint32_t used = 0;
  for (uint32_t f = 0; f < header_->frame_count; ++f)
    used += (frames_[f].state.load(std::memory_order_relaxed) & kFrameValid) != 0;
  return used;
}

}  // namespace maglev::shared_cache
