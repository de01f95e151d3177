// Relayed acknowledgement wake-ups of the commit channel (txn/slot_channel.h). Waking a
// sleeping VM costs the waker 2-4 us of CPU (try_to_wake_up); with one FUTEX_WAKE_BITSET
// for a batch of 16 that was a third of the stone's CPU, on its serial path. Instead the
// stone wakes the first kStoneWakes of a batch's sleeping VMs itself and leaves the rest
// in ShmHeader::wake_pending; every VM that has its reply takes up to kRelayWakes of them
// and wakes those (a tree: 16 VMs are awake after about three relays).
//
// No wake-up is lost: a bit is only taken (and its VM woken) while that VM's
// ShmSession::waiting says it sleeps; a VM found awake has its bit dropped, because every
// VM relays right after it clears `waiting` (it then sees the bits set before). A VM
// killed while relaying leaves the ones it took asleep until their liveness timeout
// (every waiting VM looks every few milliseconds), or the next relay.
#pragma once

#include <cstdint>

#include "shared_cache/shared_cache.h"

namespace maglev::txn {

inline constexpr uint32_t kStoneWakes = 2;
inline constexpr uint32_t kRelayWakes = 2;

// The futex bit a slot's VM waits with on ShmHeader::reply_futex (FUTEX_WAIT_BITSET).
inline uint32_t reply_wake_bit(uint32_t slot) { return 1u << (slot % 32); }

// Stone side: collects the sleeping VMs of one batch of replies. Not thread-safe (the
// stone's thread).
class WakeBatch {
 public:
  explicit WakeBatch(shared_cache::Segment* seg) : seg_(seg) {}
  // A slot answered while its VM said it was waiting.
  void add(uint32_t slot);
  // A lone VM is woken directly; more are put in wake_pending and the stone wakes
  // kStoneWakes of them. Call after the batch's reply_futex bump (a VM a relay wakes must
  // find its futex word changed, or be asleep already).
  void flush();

 private:
  shared_cache::Segment* seg_;
  uint32_t count_ = 0;
  uint32_t first_ = 0;
  uint64_t slots_[shared_cache::kMaxSessions / 64] = {};
};

// VM side, right after the VM of `slot` cleared its `waiting` (seq_cst): drops its own
// pending bit and wakes up to kRelayWakes of the VMs still asleep.
void relay_wakes(shared_cache::Segment* seg, uint32_t slot);

}  // namespace maglev::txn
