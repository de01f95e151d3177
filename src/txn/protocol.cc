// Implements blocking message send/receive for the session protocol.
#include "txn/protocol.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
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

// `passed_fd`: where a descriptor riding on the first bytes goes (nullptr: plain recv).
Status recv_all(int fd, uint8_t* p, size_t len, int* passed_fd = nullptr) {
  while (len > 0) {
    ssize_t n;
    if (passed_fd != nullptr) {
      iovec iov{p, len};
      alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
      msghdr mh{};
      mh.msg_iov = &iov;
      mh.msg_iovlen = 1;
      mh.msg_control = control;
      mh.msg_controllen = sizeof control;
      n = ::recvmsg(fd, &mh, MSG_CMSG_CLOEXEC);
      if (n > 0) {
        for (cmsghdr* c = CMSG_FIRSTHDR(&mh); c != nullptr; c = CMSG_NXTHDR(&mh, c))
          if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
            std::memcpy(passed_fd, CMSG_DATA(c), sizeof(int));
        passed_fd = nullptr;  // one descriptor per message, on its first bytes
      }
    } else {
      n = ::recv(fd, p, len, 0);
    }
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

Status send_msg_fd(int fd, MsgType type, const void* payload, size_t len, int pass_fd) {
  MsgHeader h{static_cast<uint32_t>(len), static_cast<uint32_t>(type)};
  uint8_t buf[4096];
  if (len + sizeof h > sizeof buf) return Status(Errc::kInvalid, "message too large to pass a descriptor");
  std::memcpy(buf, &h, sizeof h);
  if (len > 0) std::memcpy(buf + sizeof h, payload, len);
  iovec iov{buf, len + sizeof h};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr mh{};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = control;
  mh.msg_controllen = sizeof control;
  cmsghdr* c = CMSG_FIRSTHDR(&mh);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &pass_fd, sizeof(int));
  ssize_t n;
  while ((n = ::sendmsg(fd, &mh, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
  }
  if (n < 0) {
    if (errno == EPIPE || errno == ECONNRESET) return Status(Errc::kStoneGone, "the peer closed the connection");
    return errno_status(errno, "sending a descriptor");
  }
  return send_all(fd, buf + n, iov.iov_len - static_cast<size_t>(n));
}

Status recv_msg(int fd, MsgType* type, std::vector<uint8_t>* payload, int* passed_fd) {
  int got_fd = -1;
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
  Status s = recv_all(fd, head, sizeof head, passed_fd != nullptr ? &got_fd : nullptr);
  if (passed_fd != nullptr) *passed_fd = got_fd;  // without, the kernel closes it
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
