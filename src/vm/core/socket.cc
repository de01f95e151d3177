// Maglev::Socket: the system calls behind lib/socket.rb (BasicSocket, TCPSocket,
// TCPServer, UNIXSocket, Socket, Addrinfo). Addresses cross as packed sockaddr
// Strings (what Socket.sockaddr_in returns); sockets are O_NONBLOCK IO streams
// (kIoDuplex | kIoDirect) and connect/accept wait in the scheduler (core/io_wait.h).
// Calls that CRuby reports with an address in the message return the errno for the
// Ruby side to raise.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "vm/core/core.h"
#include "vm/core/io_wait.h"

namespace maglev::vm {

namespace {

int fd_arg(Vm& vm, Value v) { return static_cast<int>(to_long(vm, v)); }

// A packed sockaddr argument (a String of at most sizeof(sockaddr_storage) bytes).
socklen_t sockaddr_arg(Vm& vm, Value v, sockaddr_storage* ss) {
  std::string_view s = str_view(to_str(vm, v));
  if (s.size() > sizeof *ss) vm.raise(vm.eArgumentError, "too long sockaddr");
  std::memset(ss, 0, sizeof *ss);
  std::memcpy(ss, s.data(), s.size());
  return static_cast<socklen_t>(s.size());
}

Value binary_str(Vm& vm, const void* p, size_t len) {
  Value r = str_new(vm, std::string_view(static_cast<const char*>(p), len));
  r.heap()->flags |= kFlagBinary;
  return r;
}

Value sockaddr_value(Vm& vm, const sockaddr_storage& ss, socklen_t len) { return binary_str(vm, &ss, len); }

// socket(domain, type, protocol) -> fd (non-blocking, close-on-exec).
NATIVE(sock_socket) {
  UNUSED_ARGS;
  int fd = ::socket(static_cast<int>(to_long(vm, argv[0])),
                    static_cast<int>(to_long(vm, argv[1])) | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    static_cast<int>(to_long(vm, argv[2])));
  if (fd < 0) raise_sys_fail(vm, errno, "socket(2)");
  return Value::fixnum(fd);
}

// socketpair(domain, type, protocol) -> [fd, fd].
NATIVE(sock_socketpair) {
  UNUSED_ARGS;
  int fds[2];
  if (::socketpair(static_cast<int>(to_long(vm, argv[0])),
                   static_cast<int>(to_long(vm, argv[1])) | SOCK_NONBLOCK | SOCK_CLOEXEC,
                   static_cast<int>(to_long(vm, argv[2])), fds) != 0)
    raise_sys_fail(vm, errno, "socketpair(2)");
  return ary_of(vm, {Value::fixnum(fds[0]), Value::fixnum(fds[1])});
}

// io(klass, fd): an IO of class klass over the socket fd.
NATIVE(sock_io) {
  UNUSED_ARGS;
  int fd = fd_arg(vm, argv[1]);
  io_set_nonblock(fd, true);
  FILE* f = fdopen(fd, "r");
  if (f == nullptr) raise_sys_fail(vm, errno, "fdopen");
  return io_make_stream(vm, f, argv[0].as<RClass>(), kIoRead | kIoWrite | kIoDuplex | kIoDirect);
}

// bind(fd, sockaddr) -> 0 or errno.
NATIVE(sock_bind) {
  UNUSED_ARGS;
  sockaddr_storage ss;
  socklen_t len = sockaddr_arg(vm, argv[1], &ss);
  return Value::fixnum(::bind(fd_arg(vm, argv[0]), reinterpret_cast<sockaddr*>(&ss), len) == 0 ? 0 : errno);
}

// connect(fd, sockaddr, nonblock) -> 0 or errno; waits for a connection in progress
// unless nonblock (EINPROGRESS then).
NATIVE(sock_connect) {
  UNUSED_ARGS;
  int fd = fd_arg(vm, argv[0]);
  sockaddr_storage ss;
  socklen_t len = sockaddr_arg(vm, argv[1], &ss);
  int rc;
  do rc = ::connect(fd, reinterpret_cast<sockaddr*>(&ss), len);
  while (rc != 0 && errno == EINTR);
  if (rc == 0) return Value::fixnum(0);
  if (errno != EINPROGRESS || argv[2].truthy()) return Value::fixnum(errno);
  io_wait_fd(vm, fd, POLLOUT, -1);
  int err = 0;
  socklen_t elen = sizeof err;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) != 0) err = errno;
  return Value::fixnum(err);
}

NATIVE(sock_listen) {
  UNUSED_ARGS;
  if (::listen(fd_arg(vm, argv[0]), static_cast<int>(to_long(vm, argv[1]))) != 0)
    raise_sys_fail(vm, errno, "listen(2)");
  return Value::fixnum(0);
}

// accept(fd, nonblock) -> [fd, sockaddr], or :wait_readable when nonblock and none is
// waiting; otherwise waits for a connection.
NATIVE(sock_accept) {
  UNUSED_ARGS;
  int fd = fd_arg(vm, argv[0]);
  for (;;) {
    sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int c = ::accept4(fd, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (c >= 0) return ary_of(vm, {Value::fixnum(c), sockaddr_value(vm, ss, len)});
    if (errno == EINTR || errno == ECONNABORTED) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) raise_sys_fail(vm, errno, "accept(2)");
    if (argv[1].truthy()) return sym_value("wait_readable");
    io_wait_fd(vm, fd, POLLIN, -1);
  }
}

// sockname(fd, peer) -> the sockaddr of getsockname(2), or getpeername(2) when peer.
NATIVE(sock_sockname) {
  UNUSED_ARGS;
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  bool peer = argv[1].truthy();
  int fd = fd_arg(vm, argv[0]);
  auto* sa = reinterpret_cast<sockaddr*>(&ss);
  if ((peer ? ::getpeername(fd, sa, &len) : ::getsockname(fd, sa, &len)) != 0)
    raise_sys_fail(vm, errno, peer ? "getpeername(2)" : "getsockname(2)");
  return sockaddr_value(vm, ss, len);
}

// getaddrinfo(host, service, family, socktype, protocol, flags) ->
// [[family, socktype, protocol, sockaddr, canonname], ...]; SocketError as CRuby's.
NATIVE(sock_getaddrinfo) {
  UNUSED_ARGS;
  std::string host = argv[0].is_nil() ? "" : str_std(to_str(vm, argv[0]));
  std::string serv = argv[1].is_nil() ? "" : str_std(to_str(vm, argv[1]));
  addrinfo hints{};
  hints.ai_family = static_cast<int>(to_long(vm, argv[2]));
  hints.ai_socktype = static_cast<int>(to_long(vm, argv[3]));
  hints.ai_protocol = static_cast<int>(to_long(vm, argv[4]));
  hints.ai_flags = static_cast<int>(to_long(vm, argv[5]));
  addrinfo* res = nullptr;
  int rc = ::getaddrinfo(argv[0].is_nil() ? nullptr : host.c_str(),
                         argv[1].is_nil() ? nullptr : serv.c_str(), &hints, &res);
  if (rc != 0) {
    std::string msg = std::string("getaddrinfo: ") + (rc == EAI_SYSTEM ? std::strerror(errno) : gai_strerror(rc));
    vm.raise(vm.const_get(vm.cObject, intern("SocketError")).as<RClass>(), msg);
  }
  Value out = ary_new(vm);
  for (addrinfo* a = res; a != nullptr; a = a->ai_next) {
    sockaddr_storage ss{};
    std::memcpy(&ss, a->ai_addr, a->ai_addrlen);
    ary_push(vm, out, ary_of(vm, {Value::fixnum(a->ai_family), Value::fixnum(a->ai_socktype),
                                  Value::fixnum(a->ai_protocol), sockaddr_value(vm, ss, a->ai_addrlen),
                                  a->ai_canonname ? str_new(vm, a->ai_canonname) : Value::nil()}));
  }
  freeaddrinfo(res);
  return out;
}

// unpack(sockaddr) -> [family, ip, port] (AF_INET, AF_INET6), [family, path] (AF_UNIX),
// [family] otherwise.
NATIVE(sock_unpack) {
  UNUSED_ARGS;
  sockaddr_storage ss;
  socklen_t len = sockaddr_arg(vm, argv[0], &ss);
  char buf[INET6_ADDRSTRLEN];
  if (ss.ss_family == AF_INET) {
    auto* in = reinterpret_cast<sockaddr_in*>(&ss);
    inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
    return ary_of(vm, {Value::fixnum(AF_INET), str_new(vm, buf), Value::fixnum(ntohs(in->sin_port))});
  }
  if (ss.ss_family == AF_INET6) {
    auto* in6 = reinterpret_cast<sockaddr_in6*>(&ss);
    inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
    return ary_of(vm, {Value::fixnum(AF_INET6), str_new(vm, buf), Value::fixnum(ntohs(in6->sin6_port))});
  }
  if (ss.ss_family == AF_UNIX) {
    auto* un = reinterpret_cast<sockaddr_un*>(&ss);
    size_t max = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
    return ary_of(vm, {Value::fixnum(AF_UNIX), str_new(vm, std::string(un->sun_path, strnlen(un->sun_path, max)))});
  }
  return ary_of(vm, {Value::fixnum(ss.ss_family)});
}

// pack_in(ip, port) -> an AF_INET or AF_INET6 sockaddr of a numeric address (nil when
// ip is not one).
NATIVE(sock_pack_in) {
  UNUSED_ARGS;
  std::string ip = str_std(to_str(vm, argv[0]));
  uint16_t port = htons(static_cast<uint16_t>(to_long(vm, argv[1])));
  sockaddr_storage ss{};
  socklen_t len;
  auto* in = reinterpret_cast<sockaddr_in*>(&ss);
  auto* in6 = reinterpret_cast<sockaddr_in6*>(&ss);
  if (inet_pton(AF_INET, ip.c_str(), &in->sin_addr) == 1) {
    in->sin_family = AF_INET;
    in->sin_port = port;
    len = sizeof *in;
  } else if (inet_pton(AF_INET6, ip.c_str(), &in6->sin6_addr) == 1) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = port;
    len = sizeof *in6;
  } else {
    return Value::nil();
  }
  return sockaddr_value(vm, ss, len);
}

// pack_un(path) -> an AF_UNIX sockaddr.
NATIVE(sock_pack_un) {
  UNUSED_ARGS;
  std::string_view path = str_view(to_str(vm, argv[0]));
  sockaddr_storage ss{};
  auto* un = reinterpret_cast<sockaddr_un*>(&ss);
  if (path.size() >= sizeof un->sun_path)
    vm.raise(vm.eArgumentError, "too long unix socket path (" + std::to_string(path.size()) +
                                    " bytes given but " + std::to_string(sizeof un->sun_path - 1) +
                                    " bytes max)");
  un->sun_family = AF_UNIX;
  std::memcpy(un->sun_path, path.data(), path.size());
  return sockaddr_value(vm, ss, static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + 1));
}

// setsockopt(fd, level, name, bytes); getsockopt(fd, level, name) -> bytes.
NATIVE(sock_setsockopt) {
  UNUSED_ARGS;
  std::string_view v = str_view(to_str(vm, argv[3]));
  if (::setsockopt(fd_arg(vm, argv[0]), static_cast<int>(to_long(vm, argv[1])),
                   static_cast<int>(to_long(vm, argv[2])), v.data(), static_cast<socklen_t>(v.size())) != 0)
    raise_sys_fail(vm, errno, "setsockopt(2)");
  return Value::fixnum(0);
}

NATIVE(sock_getsockopt) {
  UNUSED_ARGS;
  char buf[256];
  socklen_t len = sizeof buf;
  if (::getsockopt(fd_arg(vm, argv[0]), static_cast<int>(to_long(vm, argv[1])),
                   static_cast<int>(to_long(vm, argv[2])), buf, &len) != 0)
    raise_sys_fail(vm, errno, "getsockopt(2)");
  return binary_str(vm, buf, len);
}

NATIVE(sock_shutdown) {
  UNUSED_ARGS;
  if (::shutdown(fd_arg(vm, argv[0]), static_cast<int>(to_long(vm, argv[1]))) != 0)
    raise_sys_fail(vm, errno, "shutdown(2)");
  return Value::fixnum(0);
}

NATIVE(sock_gethostname) {
  UNUSED_ARGS;
  char buf[256];
  if (::gethostname(buf, sizeof buf) != 0) raise_sys_fail(vm, errno, "gethostname(3)");
  buf[sizeof buf - 1] = '\0';
  return str_new(vm, buf);
}

const struct { const char* name; int value; } kConstants[] = {
    {"AF_UNSPEC", AF_UNSPEC}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX},
    {"AF_LOCAL", AF_LOCAL}, {"PF_UNSPEC", PF_UNSPEC}, {"PF_INET", PF_INET}, {"PF_INET6", PF_INET6},
    {"PF_UNIX", PF_UNIX}, {"PF_LOCAL", PF_LOCAL},
    {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
    {"SOCK_SEQPACKET", SOCK_SEQPACKET}, {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
    {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
    {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPPROTO_ICMP", IPPROTO_ICMP}, {"IPPROTO_RAW", IPPROTO_RAW},
    {"SOL_SOCKET", SOL_SOCKET}, {"SOL_TCP", SOL_TCP}, {"SOL_IP", SOL_IP},
    {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT}, {"SO_KEEPALIVE", SO_KEEPALIVE},
    {"SO_BROADCAST", SO_BROADCAST}, {"SO_LINGER", SO_LINGER}, {"SO_RCVBUF", SO_RCVBUF},
    {"SO_SNDBUF", SO_SNDBUF}, {"SO_ERROR", SO_ERROR}, {"SO_TYPE", SO_TYPE},
    {"SO_RCVTIMEO", SO_RCVTIMEO}, {"SO_SNDTIMEO", SO_SNDTIMEO}, {"SO_OOBINLINE", SO_OOBINLINE},
    {"SO_ACCEPTCONN", SO_ACCEPTCONN}, {"SO_DEBUG", SO_DEBUG}, {"SO_DONTROUTE", SO_DONTROUTE},
    {"SO_RCVLOWAT", SO_RCVLOWAT}, {"SO_SNDLOWAT", SO_SNDLOWAT}, {"SO_PEERCRED", SO_PEERCRED},
    {"TCP_NODELAY", TCP_NODELAY}, {"TCP_MAXSEG", TCP_MAXSEG}, {"TCP_KEEPIDLE", TCP_KEEPIDLE},
    {"TCP_KEEPINTVL", TCP_KEEPINTVL}, {"TCP_KEEPCNT", TCP_KEEPCNT}, {"TCP_CORK", TCP_CORK},
    {"IP_TTL", IP_TTL}, {"IP_MULTICAST_TTL", IP_MULTICAST_TTL}, {"IPV6_V6ONLY", IPV6_V6ONLY},
    {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
    {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
    {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_ADDRCONFIG", AI_ADDRCONFIG}, {"AI_V4MAPPED", AI_V4MAPPED},
    {"AI_ALL", AI_ALL},
    {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV}, {"NI_NAMEREQD", NI_NAMEREQD},
    {"NI_DGRAM", NI_DGRAM}, {"NI_NOFQDN", NI_NOFQDN},
    {"EAI_AGAIN", EAI_AGAIN}, {"EAI_BADFLAGS", EAI_BADFLAGS}, {"EAI_FAIL", EAI_FAIL},
    {"EAI_FAMILY", EAI_FAMILY}, {"EAI_MEMORY", EAI_MEMORY}, {"EAI_NONAME", EAI_NONAME},
    {"EAI_SERVICE", EAI_SERVICE}, {"EAI_SOCKTYPE", EAI_SOCKTYPE}, {"EAI_SYSTEM", EAI_SYSTEM},
    {"MSG_OOB", MSG_OOB}, {"MSG_PEEK", MSG_PEEK}, {"MSG_DONTWAIT", MSG_DONTWAIT},
    {"MSG_WAITALL", MSG_WAITALL}, {"MSG_NOSIGNAL", MSG_NOSIGNAL}, {"MSG_DONTROUTE", MSG_DONTROUTE},
    {"SOMAXCONN", SOMAXCONN}, {"INADDR_ANY", static_cast<int>(INADDR_ANY)},
    {"INADDR_LOOPBACK", static_cast<int>(INADDR_LOOPBACK)}, {"INET_ADDRSTRLEN", INET_ADDRSTRLEN},
    {"INET6_ADDRSTRLEN", INET6_ADDRSTRLEN}, {"NI_MAXHOST", NI_MAXHOST}, {"NI_MAXSERV", NI_MAXSERV},
};

}  // namespace

void init_socket(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* mod = module_new(vm, maglev, "Socket");
  RClass* meta = singleton_class(vm, Value::object(mod));
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"socket", sock_socket, 3}, {"socketpair", sock_socketpair, 3}, {"io", sock_io, 2},
      {"bind", sock_bind, 2}, {"connect", sock_connect, 3}, {"listen", sock_listen, 2},
      {"accept", sock_accept, 2}, {"sockname", sock_sockname, 2}, {"getaddrinfo", sock_getaddrinfo, 6},
      {"unpack", sock_unpack, 1}, {"pack_in", sock_pack_in, 2}, {"pack_un", sock_pack_un, 1},
      {"setsockopt", sock_setsockopt, 4}, {"getsockopt", sock_getsockopt, 3},
      {"shutdown", sock_shutdown, 2}, {"gethostname", sock_gethostname, 0}};
  for (auto& f : fns) define_native(vm, meta, f.name, f.fn, f.arity);
  RClass* consts = module_new(vm, mod, "Constants");
  for (auto& c : kConstants) vm.const_set(consts, intern(c.name), Value::fixnum(c.value));
}

}  // namespace maglev::vm
