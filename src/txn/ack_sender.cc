// Implements AckSender: batched kCommitted replies through a small io_uring.
#include "txn/ack_sender.h"

#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "txn/protocol.h"

namespace maglev::txn {

namespace {

constexpr unsigned kEntries = 64;

// The blocking path: what is left of one reply, whatever the socket's state.
void send_rest(int fd, const uint8_t* p, size_t len) {
  while (len > 0) {
    ssize_t n = ::send(fd, p, len, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the session went away: its close is handled by the event loop
    p += n;
    len -= static_cast<size_t>(n);
  }
}

}  // namespace

AckSender::AckSender() { ring_ok_ = io_uring_queue_init(kEntries, &ring_, 0) == 0; }

AckSender::~AckSender() {
  if (ring_ok_) io_uring_queue_exit(&ring_);
}

void AckSender::add(int fd, uint64_t commit) {
  Reply r{fd, {}};
  MsgHeader h{8, static_cast<uint32_t>(MsgType::kCommitted)};
  std::memcpy(r.bytes, &h, sizeof h);
  std::memcpy(r.bytes + sizeof h, &commit, 8);
  replies_.push_back(r);
}

void AckSender::flush() {
  size_t at = 0;  // a lone reply is one system call either way: a plain send
  while (ring_ok_ && replies_.size() > 1 && at < replies_.size()) {
    size_t n = std::min<size_t>(kEntries, replies_.size() - at);
    for (size_t i = 0; i < n; ++i) {
      io_uring_sqe* sqe = io_uring_get_sqe(&ring_);
      Reply& r = replies_[at + i];
      io_uring_prep_send(sqe, r.fd, r.bytes, sizeof r.bytes, MSG_NOSIGNAL | MSG_DONTWAIT);
      io_uring_sqe_set_data64(sqe, at + i);
    }
    int submitted = io_uring_submit_and_wait(&ring_, static_cast<unsigned>(n));
    if (submitted < 0) break;  // nothing was taken: the plain path below sends it all
    for (size_t i = 0; i < n; ++i) {
      io_uring_cqe* cqe = nullptr;
      if (io_uring_wait_cqe(&ring_, &cqe) != 0) break;
      Reply& r = replies_[io_uring_cqe_get_data64(cqe)];
      int res = cqe->res;
      io_uring_cqe_seen(&ring_, cqe);
      size_t done = res > 0 ? static_cast<size_t>(res) : 0;
      if (res == -EAGAIN || (res >= 0 && done < sizeof r.bytes)) send_rest(r.fd, r.bytes + done, sizeof r.bytes - done);
    }
    at += n;
  }
  for (; at < replies_.size(); ++at) send_rest(replies_[at].fd, replies_[at].bytes, sizeof replies_[at].bytes);
  replies_.clear();
}

}  // namespace maglev::txn
