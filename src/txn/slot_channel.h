// The commit channel: a VM's commit request and the stone's reply through the VM's
// session slot in the shared segment instead of the session socket. The VM writes the
// request into its slot's request area, marks the slot pending and wakes the stone
// (a write to the stone's event fd, passed at attach) only when the stone sleeps; the
// stone collects every pending slot into its next batch, writes each result into the
// slot and wakes the waiting VMs (one FUTEX_WAKE_BITSET for the first two, the rest
// relayed by the VMs woken: txn/wake_relay.h). Conflicts and
// errors are answered on the socket (the slot then says kReplyOnSocket). The socket
// stays for attach/detach, large requests and liveness: a VM waiting on the futex looks
// at the socket every few milliseconds, so a killed stone (closed socket) never wedges it.
// A VM whose commits are batched alone first polls the slot for its reply (adaptively),
// which saves the stone's futex wake-up and its own wake-up latency.
#pragma once

#include <cstdint>

#include "shared_cache/shared_cache.h"
#include "txn/adaptive_spin.h"
#include "txn/wake_relay.h"

namespace maglev::txn {

// Fresh object ids handed out with a commit's reply (MsgCommit::want_ids): the stone
// grants them at publication, in acknowledgement order, so the ids that the sessions of
// one batch use next are consecutive (their objects share object-table leaves).
struct IdGrant {
  uint64_t first = 0;
  uint32_t count = 0;  // 0: none
};

// VM side: one per session.
class ChannelClient {
 public:
  // `sock`: the session socket (liveness only); `wake_fd`: the stone's event fd (owned).
  ChannelClient(shared_cache::Segment* seg, uint32_t slot, int sock, int wake_fd);
  ~ChannelClient();
  ChannelClient(const ChannelClient&) = delete;
  ChannelClient& operator=(const ChannelClient&) = delete;

  // Where a request is built, and how large it may be.
  uint8_t* area() { return seg_->request_area(slot_); }
  size_t capacity() const { return seg_->header().request_bytes; }
  // Posts the `len` bytes in area() and waits for the answer: kReplyCommitted (with
  // *commit and the ids granted, *grant) or kReplyOnSocket (read it from the socket);
  // kStoneGone when the stone died.
  Result<uint32_t> call(uint32_t len, uint64_t* commit, IdGrant* grant);

 private:
  void post(uint32_t len);
  bool spin_for_reply(uint32_t seq);
  Status wait(uint32_t seq);
  bool stone_gone();

  shared_cache::Segment* seg_;
  uint32_t slot_;
  int sock_;
  int wake_fd_;
  uint32_t seq_;
  // Polling the slot for the reply before sleeping: only while this session's commits
  // are batched alone (with other sessions committing, the replies come a batch later
  // and many polling VMs would take the CPU the stone needs), and while it pays off.
  bool lone_ = true;
  AdaptiveSpin spin_;
};

// Stone side.
class ChannelServer {
 public:
  explicit ChannelServer(shared_cache::Segment* seg);
  ~ChannelServer();
  ChannelServer(const ChannelServer&) = delete;
  ChannelServer& operator=(const ChannelServer&) = delete;

  Status init();                          // creates the event fd
  int event_fd() const { return event_fd_; }  // readable: a VM woke the stone
  // Calls take(slot) for every slot marked pending since the last call.
  template <class F>
  void collect(F take);
  // A request the slot holds: its sequence number, bytes and length (bounded).
  uint32_t request_seq(uint32_t slot) const;
  const uint8_t* request(uint32_t slot, uint32_t* len);
  // Before the stone blocks: whom a posting VM must wake (ShmStoneSleep). After
  // setting it the stone must collect() once more (a request posted before the flag
  // was seen wakes nobody). awake() after blocking, drain() when the event fd fired.
  void sleep_as(shared_cache::ShmStoneSleep how);
  void awake();
  void drain();
  // A new gather: `sessions` acknowledged sessions are expected back.
  void expect(int32_t sessions);
  // Answers (gathered until flush_wakes).
  void reply_committed(uint32_t slot, uint32_t seq, uint64_t commit, bool awaited, IdGrant grant);
  void reply_on_socket(uint32_t slot, uint32_t seq);
  void flush_wakes();

 private:
  void answered(uint32_t slot);
  shared_cache::Segment* seg_;
  int event_fd_ = -1;
  WakeBatch wakes_;
  bool answered_ = false;   // since the last flush_wakes
};

template <class F>
void ChannelServer::collect(F take) {
  auto& h = seg_->header();
  uint32_t words = (seg_->session_count() + 63) / 64;
  for (uint32_t w = 0; w < words; ++w) {
    if (h.pending[w].load(std::memory_order_seq_cst) == 0) continue;
    uint64_t bits = h.pending[w].exchange(0, std::memory_order_seq_cst);
    while (bits != 0) {
      uint32_t b = static_cast<uint32_t>(__builtin_ctzll(bits));
      bits &= bits - 1;
      take(w * 64 + b);
    }
  }
}

}  // namespace maglev::txn
