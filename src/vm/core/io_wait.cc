// Waiting for file descriptors without stopping the other green threads: IO.__poll
// (poll(2), for the scheduler in core/prelude/thread.rb and for IO.select), io_wait_fd
// for IO methods that would block (the thread waits in the scheduler, which polls for
// every waiting thread at once), io_fill / io_next_byte (stdio's read buffer, refilled only
// once the descriptor is readable) and io_write_fd (write(2) to a pipe or socket,
// waiting while it is full). The stdio buffer is read through glibc's FILE fields.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <vector>

#include "vm/core/core.h"
#include "vm/core/io_wait.h"

namespace maglev::vm {

namespace {

// Seconds (Integer, Float or nil) as poll's milliseconds; -1 for nil (no limit).
int poll_ms(Vm& vm, Value secs) {
  if (secs.is_nil()) return -1;
  if (!secs.is_fixnum() && !is_float(secs)) secs = vm.call(secs, intern("to_f"));
  double d = secs.is_fixnum() ? static_cast<double>(secs.fixnum_value()) : float_value(secs);
  if (!(d > 0)) return 0;
  if (d > 86400.0 * 24) return 86400 * 24 * 1000;
  return static_cast<int>(std::ceil(d * 1000.0));
}

// IO.__poll(fds, events, timeout): poll(2) once over the fds (Integers) for the events
// (POLLIN/POLLOUT/POLLPRI bits); the revents of each, all 0 when the time passed or a
// signal came (the caller checks its deadline and dispatches trap handlers).
NATIVE(io_s_poll) {
  UNUSED_ARGS;
  int64_t n = ary_len(argv[0]);
  std::vector<pollfd> fds(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    fds[i].fd = static_cast<int>(to_long(vm, ary_at(argv[0], i)));
    fds[i].events = static_cast<short>(to_long(vm, ary_at(argv[1], i)));
    fds[i].revents = 0;
  }
  int ms = poll_ms(vm, argv[2]);
  if (poll(fds.data(), fds.size(), ms) < 0)
    for (auto& p : fds) p.revents = 0;
  Value out = ary_new(vm);
  for (auto& p : fds) ary_push(vm, out, Value::fixnum(p.revents));
  return out;
}

// SIGPIPE is caught by a handler that does nothing, so writing to a closed pipe or
// socket fails with EPIPE (Errno::EPIPE) as in CRuby, and exec restores the default.
void ignore_sigpipe(int) {}

}  // namespace

short io_poll_now(int fd, short events) {
  pollfd p{fd, events, 0};
  return poll(&p, 1, 0) > 0 ? p.revents : 0;
}

bool io_wait_fd(Vm& vm, int fd, short events, double timeout) {
  if (io_poll_now(fd, events) != 0) return true;
  if (timeout == 0) return false;
  static const SymId kWaitIo = intern("__wait_io");
  Value fds = ary_of(vm, {Value::fixnum(fd)}), evs = ary_of(vm, {Value::fixnum(events)});
  Value t = timeout < 0 ? Value::nil() : float_new(vm, timeout);
  return !vm.call(Value::object(vm.cThread), kWaitIo, {fds, evs, t}).is_nil();
}

size_t io_buffered(FILE* f) {
  return f->_IO_read_ptr < f->_IO_read_end ? static_cast<size_t>(f->_IO_read_end - f->_IO_read_ptr) : 0;
}

size_t io_fill(Vm& vm, Value io, FILE* f) {
  for (;;) {
    if (size_t n = io_buffered(f)) return n;
    clearerr(f);   // read again after an end of file (a terminal, a growing file)
    if (!io_wait_fd(vm, fileno(f), POLLIN, -1) || io_stream_of(io) != f)
      vm.raise(vm.eIOError, "stream closed in another thread");
    errno = 0;
    int c = std::fgetc(f);
    if (c != EOF) {
      std::ungetc(c, f);
      return io_buffered(f) > 0 ? io_buffered(f) : 1;
    }
    if (!std::ferror(f)) return 0;
    int err = errno;
    clearerr(f);
    if (err == EAGAIN || err == EWOULDBLOCK || err == EINTR) continue;
    raise_sys_fail(vm, err, "");
  }
}

void io_take(FILE* f, size_t n, std::string* out) {
  size_t at = out->size();
  out->resize(at + n);
  out->resize(at + std::fread(out->data() + at, 1, n, f));
}

int io_next_byte(Vm& vm, Value io, FILE* f) {
  return io_buffered(f) > 0 || io_fill(vm, io, f) > 0 ? std::fgetc(f) : EOF;
}

size_t io_write_fd(Vm& vm, int fd, std::string_view s, bool partial) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n >= 0) {
      done += static_cast<size_t>(n);
      if (partial) break;
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      if (partial) break;
      io_wait_fd(vm, fd, POLLOUT, -1);
      continue;
    }
    raise_sys_fail(vm, errno, "");
  }
  return done;
}

void io_set_nonblock(int fd, bool on) {
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0) fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK);
}

void init_io_wait(Vm& vm) {
  struct sigaction sa {};
  sa.sa_handler = ignore_sigpipe;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGPIPE, &sa, nullptr);
  RClass* meta = singleton_class(vm, Value::object(vm.cIO));
  define_native(vm, meta, "__poll", io_s_poll, 3);
  // IO::READABLE, PRIORITY and WRITABLE are poll's bits (as in CRuby on Linux); the
  // Ruby code also relies on POLLERR 8, POLLHUP 16 and POLLNVAL 32.
  static_assert(POLLIN == 1 && POLLPRI == 2 && POLLOUT == 4 && POLLERR == 8 && POLLHUP == 16 &&
                POLLNVAL == 32);
  vm.const_set(vm.cIO, intern("READABLE"), Value::fixnum(POLLIN));
  vm.const_set(vm.cIO, intern("PRIORITY"), Value::fixnum(POLLPRI));
  vm.const_set(vm.cIO, intern("WRITABLE"), Value::fixnum(POLLOUT));
}

}  // namespace maglev::vm
