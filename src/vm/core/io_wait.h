// Blocking IO that lets the other green threads run (core/io_wait.cc): a method that
// would block waits for its descriptor in the scheduler (Thread.__wait_io, in
// core/prelude/thread.rb), which sleeps in one poll(2) over every waiting thread's fds.
// VM thread only; every function may switch green threads and may raise (Thread#raise,
// Thread#kill, Errno::*).
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object/value.h"

namespace maglev::vm {

struct Vm;

// poll(2) of fd for events with no wait: its revents (0: not ready).
short io_poll_now(int fd, short events);
// Waits until fd is ready for events (POLLIN/POLLOUT) or timeout seconds pass (< 0: no
// limit); false on timeout.
bool io_wait_fd(Vm& vm, int fd, short events, double timeout);
// The open stream of an IO, checked open for need (kIoRead, kIoWrite or 0) as CRuby
// checks it (IOError "closed stream", "not opened for reading"...); core/io.cc.
FILE* io_stream(Vm& vm, Value io, uint32_t need);
// The stream of io, nullptr once closed.
FILE* io_stream_of(Value io);
// Bytes in f's read buffer, not yet handed out.
size_t io_buffered(FILE* f);
// Bytes in f's read buffer (the stream of io), refilling it by one read(2) once the fd
// is readable when it is empty; 0 at end of file. Raises Errno::* on a read error, and
// IOError when another thread closed io meanwhile (f is then freed: not to be used).
size_t io_fill(Vm& vm, Value io, FILE* f);
// Moves n bytes (at most io_buffered(f)) from f's read buffer to the end of *out.
void io_take(FILE* f, size_t n, std::string* out);
// fgetc of io's stream f that waits as io_fill does.
int io_next_byte(Vm& vm, Value io, FILE* f);
// Writes s to fd (pipe, socket, terminal), waiting while the fd is full; partial: one
// write(2) at most, returning what it took (0 when it would block). Errno::EPIPE when
// the reader is gone.
size_t io_write_fd(Vm& vm, int fd, std::string_view s, bool partial = false);
// Sets or clears O_NONBLOCK.
void io_set_nonblock(int fd, bool on);

}  // namespace maglev::vm
