// Implements the commit channel (slot_channel.h): posting and waiting on the VM side,
// collecting, answering and batched futex wake-ups on the stone side.
#include "txn/slot_channel.h"

#include <linux/futex.h>
#include <poll.h>
#include <sched.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "txn/crash_point.h"

namespace maglev::txn {

using shared_cache::ShmSession;

namespace {

// How often a waiting VM looks at the socket for a dead stone.
constexpr long kLivenessCheckNs = 20'000'000;

// How long a VM whose commits are batched alone polls for the reply before it sleeps:
// about one commit's time on a fast disk. MAGLEV_REPLY_SPIN_US overrides it (0: never).
constexpr uint32_t kReplySpinUs = 300;

uint32_t reply_spin_budget_us() {
  const char* env = std::getenv("MAGLEV_REPLY_SPIN_US");
  return env != nullptr && *env != '\0' ? static_cast<uint32_t>(std::strtoul(env, nullptr, 10)) : kReplySpinUs;
}

}  // namespace

ChannelClient::ChannelClient(shared_cache::Segment* seg, uint32_t slot, int sock, int wake_fd)
    : seg_(seg), slot_(slot), sock_(sock), wake_fd_(wake_fd),
      seq_(seg->session(slot).req_seq.load(std::memory_order_relaxed)),
      spin_(reply_spin_budget_us()) {}

ChannelClient::~ChannelClient() {
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void ChannelClient::post(uint32_t len) {
  ShmSession& s = seg_->session(slot_);
  auto& h = seg_->header();
  s.req_len.store(len, std::memory_order_relaxed);
  s.req_seq.store(++seq_, std::memory_order_release);  // the request bytes before it
  h.pending[slot_ / 64].fetch_or(1ULL << (slot_ % 64), std::memory_order_seq_cst);
  // The last session of the previous batch to come back ends the stone's gather.
  bool last = s.awaited.load(std::memory_order_relaxed) != 0 &&
              s.awaited.exchange(0, std::memory_order_relaxed) != 0 &&
              h.gather_left.fetch_sub(1, std::memory_order_seq_cst) == 1;
  uint32_t asleep = h.stone_asleep.load(std::memory_order_seq_cst);
  if (asleep == shared_cache::kStoneIdle || (asleep == shared_cache::kStoneGathering && last)) {
    if (h.stone_asleep.exchange(shared_cache::kStoneAwake, std::memory_order_seq_cst) !=
        shared_cache::kStoneAwake) {
      uint64_t one = 1;
      if (::write(wake_fd_, &one, sizeof one) < 0) { /* the stone is gone: wait() sees it */ }
    }
  }
}

// The stone closed the session socket (it was killed or stopped). It never sends
// anything unasked, so a readable socket without a reply in the slot means EOF, unless
// an answer on the socket is on its way (then the slot says so at once).
bool ChannelClient::stone_gone() {
  pollfd pfd{sock_, POLLIN | POLLRDHUP, 0};
  if (::poll(&pfd, 1, 0) <= 0) return false;
  if (pfd.revents & (POLLHUP | POLLRDHUP | POLLERR)) return true;
  char c;
  return ::recv(sock_, &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

// Polls the slot for the reply for up to the spin budget, yielding the CPU every 64
// polls (~2 us) to anything runnable on it. True when it came.
bool ChannelClient::spin_for_reply(uint32_t seq) {
  ShmSession& s = seg_->session(slot_);
  auto ns = [] {
    timespec t;
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
  };
  const int64_t end = ns() + int64_t{spin_.budget_us()} * 1000;
  for (uint32_t i = 1;; ++i) {
    if (s.reply_seq.load(std::memory_order_acquire) == seq) return true;
    cpu_relax();
    if (i % 64 == 0) {
      if (ns() >= end) return false;
      ::sched_yield();  // a kernel worker woken on this CPU (e.g. the one completing the
                        // stone's write) runs now, not at the end of the spin
    }
  }
}

Status ChannelClient::wait(uint32_t seq) {
  ShmSession& s = seg_->session(slot_);
  auto& h = seg_->header();
  if (lone_ && spin_.should_spin()) {
    bool hit = spin_for_reply(seq);
    spin_.record(hit);
    if (hit) return Status();
  }
  for (;;) {
    if (s.reply_seq.load(std::memory_order_acquire) == seq) return Status();
    s.waiting.store(1, std::memory_order_seq_cst);
    uint32_t word = h.reply_futex.load(std::memory_order_seq_cst);
    if (s.reply_seq.load(std::memory_order_seq_cst) == seq) {
      s.waiting.store(0, std::memory_order_seq_cst);
      relay_wakes(seg_, slot_);
      return Status();
    }
    timespec deadline;
    ::clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_nsec += kLivenessCheckNs;
    if (deadline.tv_nsec >= 1'000'000'000) {
      deadline.tv_nsec -= 1'000'000'000;
      ++deadline.tv_sec;
    }
    long r = ::syscall(SYS_futex, &h.reply_futex, FUTEX_WAIT_BITSET, word, &deadline, nullptr,
                       reply_wake_bit(slot_));
    int err = r < 0 ? errno : 0;
    s.waiting.store(0, std::memory_order_seq_cst);
    relay_wakes(seg_, slot_);
    if (err == ETIMEDOUT && s.reply_seq.load(std::memory_order_acquire) != seq && stone_gone())
      return Status(Errc::kStoneGone, "the stone closed the connection");
  }
}

Result<uint32_t> ChannelClient::call(uint32_t len, uint64_t* commit, IdGrant* grant) {
  post(len);
  if (crash_point_armed("vm_after_post")) crash_point("vm_after_post");  // its request in the slot
  Status st = wait(seq_);
  if (!st.ok()) return st;
  ShmSession& s = seg_->session(slot_);
  uint32_t kind = s.reply_kind.load(std::memory_order_relaxed);
  if (kind == shared_cache::kReplyCommitted) {
    *commit = s.reply_commit.load(std::memory_order_relaxed);
    *grant = IdGrant{s.reply_grant.load(std::memory_order_relaxed),
                     s.reply_grant_count.load(std::memory_order_relaxed)};
    shared_cache::Publication p = seg_->newest();
    lone_ = p.first_commit == p.last_commit;  // no other session's commit in the batch
  }
  return kind;
}

ChannelServer::ChannelServer(shared_cache::Segment* seg) : seg_(seg), wakes_(seg) {}

ChannelServer::~ChannelServer() {
  if (event_fd_ >= 0) ::close(event_fd_);
}

Status ChannelServer::init() {
  event_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (event_fd_ < 0) return errno_status(errno, "eventfd");
  return Status();
}

uint32_t ChannelServer::request_seq(uint32_t slot) const {
  return seg_->session(slot).req_seq.load(std::memory_order_acquire);
}

const uint8_t* ChannelServer::request(uint32_t slot, uint32_t* len) {
  *len = std::min(seg_->session(slot).req_len.load(std::memory_order_relaxed),
                  seg_->header().request_bytes);
  return seg_->request_area(slot);
}

void ChannelServer::sleep_as(shared_cache::ShmStoneSleep how) {
  seg_->header().stone_asleep.store(how, std::memory_order_seq_cst);
}

void ChannelServer::awake() {
  seg_->header().stone_asleep.store(shared_cache::kStoneAwake, std::memory_order_relaxed);
}

void ChannelServer::drain() {
  uint64_t n;
  while (::read(event_fd_, &n, sizeof n) == sizeof n) {
  }
}

void ChannelServer::expect(int32_t sessions) {
  seg_->header().gather_left.store(sessions, std::memory_order_seq_cst);
}

void ChannelServer::answered(uint32_t slot) {
  ShmSession& s = seg_->session(slot);
  answered_ = true;
  if (s.waiting.load(std::memory_order_seq_cst) != 0) wakes_.add(slot);
}

void ChannelServer::reply_committed(uint32_t slot, uint32_t seq, uint64_t commit, bool awaited,
                                    IdGrant grant) {
  ShmSession& s = seg_->session(slot);
  s.reply_commit.store(commit, std::memory_order_relaxed);
  s.reply_grant.store(grant.first, std::memory_order_relaxed);
  s.reply_grant_count.store(grant.count, std::memory_order_relaxed);
  s.reply_kind.store(shared_cache::kReplyCommitted, std::memory_order_relaxed);
  s.awaited.store(awaited ? 1 : 0, std::memory_order_relaxed);
  s.reply_seq.store(seq, std::memory_order_seq_cst);
  answered(slot);
}

void ChannelServer::reply_on_socket(uint32_t slot, uint32_t seq) {
  ShmSession& s = seg_->session(slot);
  s.reply_kind.store(shared_cache::kReplyOnSocket, std::memory_order_relaxed);
  s.awaited.store(0, std::memory_order_relaxed);
  s.reply_seq.store(seq, std::memory_order_seq_cst);
  answered(slot);
}

// Wakes the waiting VMs answered since the last flush: one system call for the first
// two, the VMs woken relay the rest (a VM sharing a futex bit, slot % 32, with one of
// them wakes too and sleeps again).
void ChannelServer::flush_wakes() {
  if (!answered_) return;
  answered_ = false;
  seg_->header().reply_futex.fetch_add(1, std::memory_order_seq_cst);
  wakes_.flush();
}

}  // namespace maglev::txn
