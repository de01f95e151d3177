// Maglev::Console: the terminal calls behind lib/io/console.rb, each on a file
// descriptor: the window size (TIOCGWINSZ/TIOCSWINSZ), the termios modes that
// IO#raw, #noecho and #cooked switch (saved and restored as an opaque String), echo?,
// and input/output flushing. Each returns the errno (an Integer) on failure, nil or
// its result otherwise, so that the Ruby half raises Errno with CRuby's messages.
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

int fd_arg(Vm& vm, Value v) { return static_cast<int>(to_long(vm, v)); }
Value failed() { return Value::fixnum(errno); }

// [rows, columns], or the errno.
NATIVE(console_winsize) {
  UNUSED_ARGS;
  winsize ws{};
  if (ioctl(fd_arg(vm, argv[0]), TIOCGWINSZ, &ws) != 0) return failed();
  return ary_of(vm, {Value::fixnum(ws.ws_row), Value::fixnum(ws.ws_col)});
}
// (fd, rows, cols, xpixels, ypixels)
NATIVE(console_set_winsize) {
  UNUSED_ARGS;
  winsize ws{};
  ws.ws_row = static_cast<unsigned short>(to_long(vm, argv[1]));
  ws.ws_col = static_cast<unsigned short>(to_long(vm, argv[2]));
  ws.ws_xpixel = static_cast<unsigned short>(to_long(vm, argv[3]));
  ws.ws_ypixel = static_cast<unsigned short>(to_long(vm, argv[4]));
  if (ioctl(fd_arg(vm, argv[0]), TIOCSWINSZ, &ws) != 0) return failed();
  return Value::nil();
}
// The current termios, as a binary String to hand back to set_mode, or the errno.
NATIVE(console_mode) {
  UNUSED_ARGS;
  termios t{};
  if (tcgetattr(fd_arg(vm, argv[0]), &t) != 0) return failed();
  return str_new_binary(vm, std::string_view(reinterpret_cast<const char*>(&t), sizeof t));
}
NATIVE(console_set_mode) {
  UNUSED_ARGS;
  std::string_view saved = str_view(to_str(vm, argv[1]));
  if (saved.size() != sizeof(termios)) vm.raise(vm.eArgumentError, "not a console mode");
  termios t{};
  std::copy(saved.begin(), saved.end(), reinterpret_cast<char*>(&t));
  if (tcsetattr(fd_arg(vm, argv[0]), TCSANOW, &t) != 0) return failed();
  return Value::nil();
}
// (fd, how): :raw (cfmakeraw, keeping output processing as CRuby does unless
// intr: true is asked for with :raw_intr), :cooked, :noecho, :echo.
NATIVE(console_switch) {
  UNUSED_ARGS;
  int fd = fd_arg(vm, argv[0]);
  std::string how = sym_name(argv[1].symbol_id());
  termios t{};
  if (tcgetattr(fd, &t) != 0) return failed();
  if (how == "raw" || how == "raw_intr") {
    t.c_iflag &= ~static_cast<tcflag_t>(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL |
                                        IXON | IXOFF | IMAXBEL);
    t.c_oflag &= ~static_cast<tcflag_t>(OPOST);
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL | ICANON | ISIG | IEXTEN |
                                        XCASE);
    t.c_cflag &= ~static_cast<tcflag_t>(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (how == "raw_intr") {
      t.c_lflag |= ISIG;
      t.c_iflag |= BRKINT;
    }
  } else if (how == "cooked") {
    t.c_iflag |= BRKINT | ISTRIP | ICRNL | IXON;
    t.c_oflag |= OPOST;
    t.c_lflag |= ECHO | ECHOE | ECHOK | ECHONL | ICANON | ISIG | IEXTEN;
  } else if (how == "noecho") {
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
  } else if (how == "echo") {
    t.c_lflag |= ECHO | ECHOE | ECHOK | ECHONL;
  } else {
    vm.raise(vm.eArgumentError, "unknown console mode " + how);
  }
  if (tcsetattr(fd, TCSANOW, &t) != 0) return failed();
  return Value::nil();
}
NATIVE(console_echo_p) {
  UNUSED_ARGS;
  termios t{};
  if (tcgetattr(fd_arg(vm, argv[0]), &t) != 0) return failed();
  return Value::boolean((t.c_lflag & (ECHO | ECHONL)) != 0);
}
// (fd, queue): :in, :out or :both.
NATIVE(console_flush) {
  UNUSED_ARGS;
  std::string q = sym_name(argv[1].symbol_id());
  int which = q == "in" ? TCIFLUSH : q == "out" ? TCOFLUSH : TCIOFLUSH;
  if (tcflush(fd_arg(vm, argv[0]), which) != 0) return failed();
  return Value::nil();
}

}  // namespace

void init_console(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* console = module_new(vm, maglev, "Console");
  RClass* meta = singleton_class(vm, Value::object(console));
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"winsize", console_winsize, 1}, {"set_winsize", console_set_winsize, 5},
      {"mode", console_mode, 1}, {"set_mode", console_set_mode, 2},
      {"switch", console_switch, 2}, {"echo?", console_echo_p, 1},
      {"flush", console_flush, 2}};
  for (auto& f : fns) define_native(vm, meta, f.name, f.fn, f.arity);
}

}  // namespace maglev::vm
