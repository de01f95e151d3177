// The stone's replies to a finished batch, sent together: one io_uring submission
// carries every session's kCommitted message (one system call instead of one `send`
// per session; a lone reply goes by plain send). Falls back to plain sends where io_uring is missing or a send does
// not complete at once.
#pragma once

#include <liburing.h>

#include <cstdint>
#include <vector>

namespace maglev::txn {

class AckSender {
 public:
  AckSender();
  ~AckSender();
  AckSender(const AckSender&) = delete;
  AckSender& operator=(const AckSender&) = delete;

  // Queues kCommitted(commit) for the connection `fd` (>= 0).
  void add(int fd, uint64_t commit);
  // Sends everything queued; blocks only on a socket whose buffer is full.
  void flush();

 private:
  struct Reply {
    int fd;
    uint8_t bytes[16];  // MsgHeader + u64 commit
  };
  io_uring ring_{};
  bool ring_ok_ = false;
  std::vector<Reply> replies_;
};

}  // namespace maglev::txn
