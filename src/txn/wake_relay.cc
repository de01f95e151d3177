// Implements the relayed acknowledgement wake-ups (wake_relay.h).
#include "txn/wake_relay.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>

namespace maglev::txn {

namespace {

constexpr uint32_t kWords = shared_cache::kMaxSessions / 64;

void futex_wake_bits(shared_cache::Segment* seg, uint32_t mask) {
  if (mask != 0)
    ::syscall(SYS_futex, &seg->header().reply_futex, FUTEX_WAKE_BITSET, INT_MAX, nullptr, nullptr, mask);
}

// Takes pending bits until `n` sleeping VMs are found; returns their futex bits. Bits of
// VMs found awake (and `self`'s) are dropped: those relay themselves.
uint32_t take_sleepers(shared_cache::Segment* seg, uint32_t n, int64_t self) {
  auto& h = seg->header();
  uint32_t mask = 0, found = 0;
  if (self >= 0) {
    auto& word = h.wake_pending[self / 64];
    uint64_t own = 1ULL << (self % 64);
    if (word.load(std::memory_order_seq_cst) & own) word.fetch_and(~own, std::memory_order_seq_cst);
  }
  for (uint32_t w = 0; w < kWords && found < n; ++w) {
    for (;;) {
      uint64_t bits = h.wake_pending[w].load(std::memory_order_seq_cst);
      if (bits == 0 || found == n) break;
      uint64_t bit = bits & -bits;
      if ((h.wake_pending[w].fetch_and(~bit, std::memory_order_seq_cst) & bit) == 0) continue;
      uint32_t slot = w * 64 + static_cast<uint32_t>(__builtin_ctzll(bit));
      if (seg->session(slot).waiting.load(std::memory_order_seq_cst) == 0) continue;
      mask |= reply_wake_bit(slot);
      ++found;
    }
  }
  return mask;
}

}  // namespace

void WakeBatch::add(uint32_t slot) {
  if (count_++ == 0) first_ = slot;
  slots_[slot / 64] |= 1ULL << (slot % 64);
}

void WakeBatch::flush() {
  if (count_ == 0) return;
  if (count_ == 1) {
    futex_wake_bits(seg_, reply_wake_bit(first_));
  } else {
    auto& h = seg_->header();
    for (uint32_t w = 0; w < kWords; ++w)
      if (slots_[w] != 0) h.wake_pending[w].fetch_or(slots_[w], std::memory_order_seq_cst);
    futex_wake_bits(seg_, take_sleepers(seg_, kStoneWakes, -1));
  }
  for (uint64_t& w : slots_) w = 0;
  count_ = 0;
}

void relay_wakes(shared_cache::Segment* seg, uint32_t slot) {
  futex_wake_bits(seg, take_sleepers(seg, kRelayWakes, slot));
}

}  // namespace maglev::txn
