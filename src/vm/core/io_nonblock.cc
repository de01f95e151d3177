// The IO methods that never wait long: readpartial (waits only while nothing is
// there), read_nonblock and write_nonblock (return :wait_readable / :wait_writable for
// core/prelude/io_wait.rb to raise IO::EAGAINWait*), the bytes ready to read (nread,
// IO.select's buffered readers) and O_NONBLOCK (io/nonblock).
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "vm/core/core.h"
#include "vm/core/io_wait.h"

namespace maglev::vm {

namespace {

// The length argument of readpartial/read_nonblock (CRuby's "negative length" check).
size_t read_length(Vm& vm, Value v) {
  int64_t n = to_long(vm, v);
  if (n < 0) vm.raise(vm.eArgumentError, "negative length " + std::to_string(n) + " given");
  return static_cast<size_t>(n);
}

// What was read, into buf when it is a String (as CRuby, a binary String).
Value read_result(Vm& vm, const std::string& data, Value buf) {
  if (is_string(buf)) {
    str_set(vm, buf, data);
    return buf;
  }
  Value r = str_new(vm, data);
  r.heap()->flags |= kFlagBinary;
  return r;
}

// One read(2) of up to want bytes from a pipe or socket whose stdio buffer is empty (as
// CRuby reads into the caller's String: not limited to the buffer's size), waiting
// until it is readable; nothing at end of file.
void read_direct(Vm& vm, Value io, FILE* f, size_t want, std::string* out) {
  out->resize(want);
  int fd = fileno(f);
  for (;;) {
    ssize_t n = ::read(fd, out->data(), want);
    if (n >= 0) {
      out->resize(static_cast<size_t>(n));
      return;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      io_wait_fd(vm, fd, POLLIN, -1);
      if (io_stream_of(io) != f) vm.raise(vm.eIOError, "stream closed in another thread");
    } else if (errno != EINTR) {
      raise_sys_fail(vm, errno, "");
    }
  }
}

// IO#__readpartial(maxlen, buf, nonblock): up to maxlen bytes of what is there,
// waiting for some unless nonblock (then :wait_readable); nil at end of file.
NATIVE(io_readpartial) {
  UNUSED_ARGS;
  FILE* f = io_stream(vm, self, kIoRead);
  size_t want = read_length(vm, argv[0]);
  if (want == 0) return read_result(vm, "", argv[1]);
  if (io_buffered(f) == 0 && argv[2].truthy() && io_poll_now(fileno(f), POLLIN) == 0)
    return sym_value("wait_readable");
  std::string out;
  if (io_buffered(f) == 0 && (self.heap()->aux & kIoDirect)) {
    read_direct(vm, self, f, want, &out);
  } else if (size_t n = io_fill(vm, self, f)) {
    io_take(f, std::min(n, want), &out);
  }
  if (out.empty()) {
    if (is_string(argv[1])) str_set(vm, argv[1], "");
    return Value::nil();
  }
  return read_result(vm, out, argv[1]);
}

// IO#__write_nonblock(str): the bytes one write(2) takes now, or :wait_writable. An fd
// without O_NONBLOCK writes at most PIPE_BUF bytes, which poll's POLLOUT promises fit.
NATIVE(io_write_nonblock) {
  UNUSED_ARGS;
  FILE* f = io_stream(vm, self, kIoWrite);
  std::string_view s = str_view(to_str(vm, argv[0]));
  std::fflush(f);
  int fd = fileno(f);
  if (s.empty()) return Value::fixnum(0);
  if (io_poll_now(fd, POLLOUT) == 0) return sym_value("wait_writable");
  bool nonblock = (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
  size_t n = io_write_fd(vm, fd, nonblock ? s : s.substr(0, std::min<size_t>(s.size(), PIPE_BUF)), true);
  if (n == 0) return sym_value("wait_writable");
  return Value::fixnum(static_cast<int64_t>(n));
}

// IO#__buffered: bytes read ahead into the stream's buffer.
NATIVE(io_buffered_bytes) {
  UNUSED_ARGS;
  return Value::fixnum(static_cast<int64_t>(io_buffered(io_stream(vm, self, kIoRead))));
}

// IO#nread (io/wait): bytes readable without blocking (buffered, else FIONREAD).
NATIVE(io_nread) {
  UNUSED_ARGS;
  FILE* f = io_stream(vm, self, kIoRead);
  if (size_t n = io_buffered(f)) return Value::fixnum(static_cast<int64_t>(n));
  int avail = 0;
  if (ioctl(fileno(f), FIONREAD, &avail) != 0) return Value::fixnum(0);
  return Value::fixnum(avail);
}

NATIVE(io_nonblock_p) {
  UNUSED_ARGS;
  return Value::boolean((fcntl(fileno(io_stream(vm, self, 0)), F_GETFL) & O_NONBLOCK) != 0);
}

NATIVE(io_set_nonblock_native) {
  UNUSED_ARGS;
  FILE* f = io_stream(vm, self, 0);
  std::fflush(f);
  io_set_nonblock(fileno(f), argv[0].truthy());
  // Buffered stdio writes cannot retry a short write: write(2) directly from now on.
  if (argv[0].truthy()) self.heap()->aux |= kIoDirect;
  return argv[0];
}

}  // namespace

void init_io_nonblock(Vm& vm) {
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"__readpartial", io_readpartial, 3}, {"__write_nonblock", io_write_nonblock, 1},
      {"__buffered", io_buffered_bytes, 0}, {"__nread", io_nread, 0},
      {"__nonblock?", io_nonblock_p, 0}, {"__nonblock=", io_set_nonblock_native, 1}};
  for (auto& m : methods) define_native(vm, vm.cIO, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
