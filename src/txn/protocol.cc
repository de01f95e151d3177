// Implements blocking message send/receive for the session protocol.
#include "txn/protocol.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace maglev::txn {

namespace {

Status send_all(int fd, const uint8_t* p, size_t len) {
  while (len > 0) {
    ssize_t n = ::send(fd, p, len, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE || errno == ECONNRESET)
        return Status(Errc::kStoneGone, "the stone closed the connection");
      return errno_status(errno, "sending to the stone");
    }
    p += n;
    len -= static_cast<size_t>(n);
  }
  return Status();
}

Status recv_all(int fd, uint8_t* p, size_t len) {
  while (len > 0) {
    ssize_t n = ::recv(fd, p, len, 0);
    if (n == 0) return Status(Errc::kStoneGone, "the stone closed the connection");
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == ECONNRESET) return Status(Errc::kStoneGone, "the stone closed the connection");
      return errno_status(errno, "receiving from the stone");
    }
    p += n;
    len -= static_cast<size_t>(n);
  }
  return Status();
}

}  // namespace

Status send_msg(int fd, MsgType type, const void* payload, size_t len) {
  if (len > kMaxMessage) return Status(Errc::kInvalid, "message too large");
  MsgHeader h{static_cast<uint32_t>(len), static_cast<uint32_t>(type)};
  if (len + sizeof h <= 4096) {
    uint8_t buf[4096];
    std::memcpy(buf, &h, sizeof h);
    if (len > 0) std::memcpy(buf + sizeof h, payload, len);
    return send_all(fd, buf, len + sizeof h);
  }
  Status s = send_all(fd, reinterpret_cast<const uint8_t*>(&h), sizeof h);
  if (!s.ok()) return s;
  return send_all(fd, static_cast<const uint8_t*>(payload), len);
}

Status recv_msg(int fd, MsgType* type, std::vector<uint8_t>* payload) {
  // Header and the first 8 payload bytes in one read: every stone->client message has
  // at least that many, so this never takes bytes of the next message, and the common
  // replies (kCommitted) arrive whole in one system call.
  uint8_t head[sizeof(MsgHeader) + kMinReplyPayload];
  // Wait in poll, not in recv: the stone's recv of our request frees our send buffer,
  // and that wakes every task sleeping in recv on this socket (unix_write_space, an
  // unkeyed wait); a poll for POLLIN alone is not woken by it. Saves a spurious
  // wake-up and sleep of this process per request.
  pollfd pfd{fd, POLLIN, 0};
  while (::poll(&pfd, 1, -1) < 0 && errno == EINTR) {
  }
  Status s = recv_all(fd, head, sizeof head);
  if (!s.ok()) return s;
  MsgHeader h;
  std::memcpy(&h, head, sizeof h);
  if (h.length > kMaxMessage || h.length < kMinReplyPayload)
    return Status(Errc::kProtocol, "malformed message from the stone");
  *type = static_cast<MsgType>(h.type);
  payload->resize(h.length);
  std::memcpy(payload->data(), head + sizeof h, kMinReplyPayload);
  return recv_all(fd, payload->data() + kMinReplyPayload, h.length - kMinReplyPayload);
}

}  // namespace maglev::txn
