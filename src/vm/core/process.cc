// Process and Signal natives: child processes (spawn with an environment, a working
// directory and fd redirections; exec; fork; waitpid; output capture for backticks;
// IO.popen streams and IO.pipe),
// kill, times, ids and clock_gettime, and signal handlers that only record the signal
// (Signal.__pending hands them to the Ruby handlers of core/prelude/process.rb at safe
// points). The Ruby-facing API (system, spawn, $?, Process::Status, Signal.trap) is in
// core/prelude/process.rb.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "vm/core/core.h"
#include "vm/core/io_wait.h"
#include "vm/interp/interrupt.h"

extern char** environ;

namespace maglev::vm {

namespace {

volatile sig_atomic_t g_pending[NSIG];
volatile sig_atomic_t g_any_pending = 0;

void record_signal(int sig) {
  g_pending[sig] = 1;
  g_any_pending = 1;
  request_interrupt();   // the handler runs at the next safe point (interp/interrupt.h)
}

// What a child does between fork and exec, decided before the fork.
struct ChildPlan {
  std::vector<std::string> argv;
  bool shell = false;
  std::vector<std::string> env;     // "K=V" to set
  std::vector<std::string> unset;   // names to remove
  std::string chdir;
  struct Redirect {
    int fd;
    int kind;          // 0: open path, 1: dup fd, 2: close
    std::string path;
    int flags = 0;
    int from = -1;
  };
  std::vector<Redirect> redirects;
};

std::vector<std::string> string_array(Vm& vm, Value a) {
  std::vector<std::string> out;
  for (int64_t i = 0; i < ary_len(a); ++i) out.push_back(str_std(to_str(vm, ary_at(a, i))));
  return out;
}

// argv: env (Hash or nil), argv (Array of Strings), shell (bool), chdir (String or nil),
// redirects (Array of [fd, kind, path_or_fd, flags]).
ChildPlan plan_of(Vm& vm, const Value* argv) {
  ChildPlan p;
  if (is_hash(argv[0])) {
    Value pairs = vm.call(argv[0], intern("to_a"));
    for (int64_t i = 0; i < ary_len(pairs); ++i) {
      Value kv = ary_at(pairs, i);
      std::string k = str_std(to_str(vm, ary_at(kv, 0)));
      Value v = ary_at(kv, 1);
      if (v.is_nil()) p.unset.push_back(k);
      else p.env.push_back(k + "=" + str_std(to_str(vm, v)));
    }
  }
  p.argv = string_array(vm, argv[1]);
  if (p.argv.empty()) vm.raise(vm.eArgumentError, "wrong number of arguments (given 0, expected 1+)");
  p.shell = argv[2].truthy();
  if (!argv[3].is_nil()) p.chdir = str_std(to_str(vm, argv[3]));
  for (int64_t i = 0; is_array(argv[4]) && i < ary_len(argv[4]); ++i) {
    Value r = ary_at(argv[4], i);
    ChildPlan::Redirect d{};
    d.fd = static_cast<int>(to_long(vm, ary_at(r, 0)));
    d.kind = static_cast<int>(to_long(vm, ary_at(r, 1)));
    if (d.kind == 0) {
      d.path = str_std(to_str(vm, ary_at(r, 2)));
      d.flags = static_cast<int>(to_long(vm, ary_at(r, 3)));
    } else if (d.kind == 1) {
      d.from = static_cast<int>(to_long(vm, ary_at(r, 2)));
    }
    p.redirects.push_back(d);
  }
  return p;
}

// In the child: applies the plan and execs; on failure writes errno to err_fd, _exits.
// (exec resets caught signals to their default; ignored ones stay ignored, as in CRuby.)
[[noreturn]] void child_exec(const ChildPlan& p, int err_fd) {
  for (const auto& d : p.redirects) {
    if (d.kind == 0) {
      int fd = open(d.path.c_str(), d.flags, 0644);
      if (fd < 0) break;
      if (fd != d.fd) {
        dup2(fd, d.fd);
        close(fd);
      }
    } else if (d.kind == 1) {
      if (d.from == d.fd)
        fcntl(d.fd, F_SETFD, 0);   // dup2 onto itself would leave close-on-exec set
      else
        dup2(d.from, d.fd);
      io_set_nonblock(d.fd, false);   // our pipes and sockets are O_NONBLOCK; the child's are not
    } else {
      close(d.fd);
    }
  }
  if (!p.chdir.empty() && chdir(p.chdir.c_str()) != 0) {
    int e = errno;
    (void)!write(err_fd, &e, sizeof e);
    _exit(127);
  }
  for (const auto& n : p.unset) unsetenv(n.c_str());
  for (const auto& kv : p.env) putenv(const_cast<char*>(kv.c_str()));
  std::vector<char*> args;
  if (p.shell) {
    args = {const_cast<char*>("/bin/sh"), const_cast<char*>("-c"), const_cast<char*>(p.argv[0].c_str()),
            nullptr};
  } else {
    for (const auto& a : p.argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
  }
  execvp(args[0], args.data());
  int e = errno;
  (void)!write(err_fd, &e, sizeof e);
  _exit(127);
}

void flush_all() {
  std::fflush(stdout);
  std::fflush(stderr);
}

// Forks a child that runs plan (its stdout to out_fd when >= 0). Returns the pid, or
// raises the Errno of a failed exec ("No such file or directory - cmd").
pid_t spawn_plan(Vm& vm, const ChildPlan& plan, int out_fd) {
  int errp[2];
  if (pipe2(errp, O_CLOEXEC) != 0) raise_errno(vm, errno, "pipe");
  flush_all();
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(errp[0]);
    close(errp[1]);
    raise_errno(vm, e, "fork");
  }
  if (pid == 0) {
    close(errp[0]);
    if (out_fd >= 0) dup2(out_fd, 1);
    child_exec(plan, errp[1]);
  }
  close(errp[1]);
  int child_errno = 0;
  ssize_t n;
  do n = read(errp[0], &child_errno, sizeof child_errno);
  while (n < 0 && errno == EINTR);
  close(errp[0]);
  if (n == static_cast<ssize_t>(sizeof child_errno)) {
    int st;
    waitpid(pid, &st, 0);
    raise_sys_fail(vm, child_errno, plan.argv[0]);
  }
  return pid;
}

NATIVE(proc_s_spawn) {
  UNUSED_ARGS;
  return Value::fixnum(spawn_plan(vm, plan_of(vm, argv), -1));
}

// Runs the command with its stdout into a pipe; returns [output, pid].
NATIVE(proc_s_capture) {
  UNUSED_ARGS;
  ChildPlan plan = plan_of(vm, argv);
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) raise_errno(vm, errno, "pipe");
  pid_t pid;
  try {
    pid = spawn_plan(vm, plan, fds[1]);
  } catch (...) {
    close(fds[0]);
    close(fds[1]);
    throw;
  }
  close(fds[1]);
  std::string out;
  char buf[8192];
  for (;;) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  Value pair[2] = {str_new(vm, out), Value::fixnum(pid)};
  return ary_from(vm, pair, 2);
}

// exec in this process (the plan's environment and directory; no redirections).
// Process.__popen(env, argv, shell, chdir, redirects, mode): runs the command with its
// stdout ("r"), stdin ("w") or both ("r+", "w+": a socket pair) on a stream of this
// process; returns [io, pid].
NATIVE(proc_s_popen) {
  UNUSED_ARGS;
  ChildPlan plan = plan_of(vm, argv);
  std::string mode = str_std(to_str(vm, argv[5]));
  bool both = mode.find('+') != std::string::npos;
  bool reading = both || mode[0] == 'r';
  int fds[2];
  int rc = both ? socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) : pipe2(fds, O_CLOEXEC);
  if (rc != 0) raise_sys_fail(vm, errno, "pipe");
  // ours: the end this process keeps; theirs: the child's stdin/stdout.
  int ours = both ? fds[0] : reading ? fds[0] : fds[1];
  int theirs = both ? fds[1] : reading ? fds[1] : fds[0];
  if (both || reading) plan.redirects.insert(plan.redirects.begin(), ChildPlan::Redirect{1, 1, "", 0, theirs});
  if (both || !reading) plan.redirects.insert(plan.redirects.begin(), ChildPlan::Redirect{0, 1, "", 0, theirs});
  pid_t pid;
  try {
    pid = spawn_plan(vm, plan, -1);
  } catch (...) {
    close(fds[0]);
    close(fds[1]);
    throw;
  }
  close(theirs);
  FILE* f = fdopen(ours, both ? "r+" : reading ? "r" : "w");
  if (f == nullptr) raise_sys_fail(vm, errno, "fdopen");
  io_set_nonblock(ours, true);
  uint32_t access = (both ? kIoRead | kIoWrite | kIoDuplex : reading ? kIoRead : kIoWrite) | kIoDirect;
  Value pair[2] = {io_make_stream(vm, f, vm.cIO, access), Value::fixnum(pid)};
  return ary_from(vm, pair, 2);
}

// IO.pipe: [reader, writer], close-on-exec as in CRuby (a child holding a copy of a
// writer would keep its reader from ever seeing end of file; spawn's redirects dup2 them
// onto the child's descriptors, which clears the flag), O_NONBLOCK so that a thread
// waiting on one lets the others run (core/io_wait.h).
NATIVE(io_s_pipe) {
  UNUSED_ARGS;
  int fds[2];
  if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) raise_sys_fail(vm, errno, "pipe");
  FILE* r = fdopen(fds[0], "r");
  FILE* w = fdopen(fds[1], "w");
  Value pair[2] = {io_make_stream(vm, r, vm.cIO, kIoRead | kIoDirect),
                   io_make_stream(vm, w, vm.cIO, kIoWrite | kIoDirect)};
  return ary_from(vm, pair, 2);
}

NATIVE(proc_s_exec) {
  UNUSED_ARGS;
  ChildPlan plan = plan_of(vm, argv);
  flush_all();
  if (!plan.chdir.empty() && chdir(plan.chdir.c_str()) != 0) raise_sys_fail(vm, errno, plan.chdir);
  for (int s = 1; s < NSIG; ++s) {   // handlers that only record a signal die with the VM
    struct sigaction sa {};
    if (sigaction(s, nullptr, &sa) == 0 && sa.sa_handler == record_signal) signal(s, SIG_DFL);
  }
  for (const auto& n : plan.unset) unsetenv(n.c_str());
  for (const auto& kv : plan.env) putenv(strdup(kv.c_str()));
  std::vector<char*> args;
  if (plan.shell) {
    args = {const_cast<char*>("/bin/sh"), const_cast<char*>("-c"), const_cast<char*>(plan.argv[0].c_str()),
            nullptr};
  } else {
    for (const auto& a : plan.argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
  }
  execvp(args[0], args.data());
  raise_sys_fail(vm, errno, plan.argv[0]);
}

NATIVE(proc_s_fork) {
  UNUSED_ARGS;
  flush_all();
  pid_t pid = fork();
  if (pid < 0) raise_errno(vm, errno, "fork(2)");
  return pid == 0 ? Value::nil() : Value::fixnum(pid);
}

// Process.__waitpid(pid, flags): [pid, raw status], or nil (WNOHANG and no child done).
NATIVE(proc_s_waitpid) {
  UNUSED_ARGS;
  pid_t pid = static_cast<pid_t>(to_long(vm, argv[0]));
  int flags = static_cast<int>(to_long(vm, argv[1]));
  int st = 0;
  pid_t r;
  do r = waitpid(pid, &st, flags);
  while (r < 0 && errno == EINTR);
  if (r < 0) raise_sys_fail(vm, errno, "");
  if (r == 0) return Value::nil();
  Value pair[2] = {Value::fixnum(r), Value::fixnum(st)};
  return ary_from(vm, pair, 2);
}

NATIVE(proc_s_set_status) {
  UNUSED_ARGS;
  vm.gvar_set(intern("$?"), argv[0]);
  return argv[0];
}

NATIVE(proc_s_kill) {
  UNUSED_ARGS;
  int sig = static_cast<int>(to_long(vm, argv[0]));
  pid_t pid = static_cast<pid_t>(to_long(vm, argv[1]));
  if (kill(pid, sig) != 0) raise_sys_fail(vm, errno, "");
  return Value::fixnum(1);
}

NATIVE(proc_s_times) {
  UNUSED_ARGS;
  rusage self_ru{}, kids{};
  getrusage(RUSAGE_SELF, &self_ru);
  getrusage(RUSAGE_CHILDREN, &kids);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  Value t[4] = {float_new(vm, secs(self_ru.ru_utime)), float_new(vm, secs(self_ru.ru_stime)),
                float_new(vm, secs(kids.ru_utime)), float_new(vm, secs(kids.ru_stime))};
  return ary_from(vm, t, 4);
}

NATIVE(proc_s_pid) { UNUSED_ARGS; return Value::fixnum(getpid()); }
NATIVE(proc_s_ppid) { UNUSED_ARGS; return Value::fixnum(getppid()); }
NATIVE(proc_s_uid) { UNUSED_ARGS; return Value::fixnum(getuid()); }
NATIVE(proc_s_euid) { UNUSED_ARGS; return Value::fixnum(geteuid()); }
NATIVE(proc_s_gid) { UNUSED_ARGS; return Value::fixnum(getgid()); }
NATIVE(proc_s_egid) { UNUSED_ARGS; return Value::fixnum(getegid()); }
NATIVE(proc_s_getpgrp) { UNUSED_ARGS; return Value::fixnum(getpgrp()); }

// A clock reading or resolution in clock_gettime's units (:float_second by default).
Value timespec_in_unit(Vm& vm, const timespec& ts, Value unit) {
  int64_t ns = static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  if (unit == sym_value("float_second")) return float_new(vm, static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9);
  if (unit == sym_value("float_millisecond")) return float_new(vm, static_cast<double>(ns) / 1e6);
  if (unit == sym_value("float_microsecond")) return float_new(vm, static_cast<double>(ns) / 1e3);
  if (unit == sym_value("second")) return Value::fixnum(ts.tv_sec);
  if (unit == sym_value("millisecond")) return Value::fixnum(ns / 1000000);
  if (unit == sym_value("microsecond")) return Value::fixnum(ns / 1000);
  if (unit == sym_value("nanosecond")) return Value::fixnum(ns);
  vm.raise(vm.eArgumentError, "unexpected unit: " + vm.to_s(unit));
}
NATIVE(proc_s_clock_gettime) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  clockid_t id = static_cast<clockid_t>(to_long(vm, argv[0]));
  timespec ts{};
  if (clock_gettime(id, &ts) != 0) raise_errno(vm, errno, "clock_gettime");
  return timespec_in_unit(vm, ts, argc > 1 ? argv[1] : sym_value("float_second"));
}
NATIVE(proc_s_clock_getres) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  timespec ts{};
  if (!argv[0].is_fixnum() || clock_getres(static_cast<clockid_t>(argv[0].fixnum_value()), &ts) != 0)
    raise_sys_fail(vm, argv[0].is_fixnum() ? errno : EINVAL, "");
  return timespec_in_unit(vm, ts, argc > 1 ? argv[1] : sym_value("float_second"));
}

NATIVE(errno_s_strerror) {
  UNUSED_ARGS;
  return str_new(vm, std::strerror(static_cast<int>(to_long(vm, argv[0]))));
}

// Signal.__handle(signo, mode): 0 the system default, 1 ignore, 2 record for Ruby.
NATIVE(sig_s_handle) {
  UNUSED_ARGS;
  int sig = static_cast<int>(to_long(vm, argv[0]));
  int mode = static_cast<int>(to_long(vm, argv[1]));
  if (sig <= 0 || sig >= NSIG) return Value::nil();
  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = mode == 0 ? SIG_DFL : mode == 1 ? SIG_IGN : record_signal;
  if (sigaction(sig, &sa, nullptr) != 0) raise_sys_fail(vm, errno, vm.to_s(argv[2]));
  return Value::t();
}

// Signal.__pending: the recorded signals since the last call, in signal order.
NATIVE(sig_s_pending) {
  UNUSED_ARGS;
  if (!g_any_pending) return Value::nil();
  g_any_pending = 0;
  Value out = ary_new(vm);
  for (int s = 1; s < NSIG; ++s) {
    if (g_pending[s]) {
      g_pending[s] = 0;
      ary_push(vm, out, Value::fixnum(s));
    }
  }
  return out;
}

// Signal.list in CRuby's order on Linux.
NATIVE(sig_s_list) {
  UNUSED_ARGS;
  static const struct { const char* name; int num; } kSignals[] = {
      {"EXIT", 0}, {"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT}, {"ILL", SIGILL},
      {"TRAP", SIGTRAP}, {"ABRT", SIGABRT}, {"IOT", SIGIOT}, {"FPE", SIGFPE}, {"KILL", SIGKILL},
      {"BUS", SIGBUS}, {"SEGV", SIGSEGV}, {"SYS", SIGSYS}, {"PIPE", SIGPIPE}, {"ALRM", SIGALRM},
      {"TERM", SIGTERM}, {"URG", SIGURG}, {"STOP", SIGSTOP}, {"TSTP", SIGTSTP}, {"CONT", SIGCONT},
      {"CHLD", SIGCHLD}, {"CLD", SIGCHLD}, {"TTIN", SIGTTIN}, {"TTOU", SIGTTOU}, {"IO", SIGIO},
      {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ}, {"VTALRM", SIGVTALRM}, {"PROF", SIGPROF},
      {"WINCH", SIGWINCH}, {"USR1", SIGUSR1}, {"USR2", SIGUSR2}, {"PWR", SIGPWR}, {"POLL", SIGPOLL}};
  Value h = hash_new(vm);
  for (const auto& s : kSignals) hash_aset(vm, h, str_new(vm, s.name), Value::fixnum(s.num));
  return h;
}

}  // namespace

void init_process(Vm& vm) {
  // SIGINT raises Interrupt in the main thread (Signal.__dispatch), as CRuby's default
  // handler; an inherited SIG_IGN (nohup, background jobs) is kept, as CRuby does.
  struct sigaction old {};
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_DFL) {
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = record_signal;
    sigaction(SIGINT, &sa, nullptr);
  }
  RClass* p = singleton_class(vm, Value::object(vm.mProcess));
  define_native(vm, p, "__spawn", proc_s_spawn, 5);
  define_native(vm, p, "__capture", proc_s_capture, 5);
  define_native(vm, p, "__exec", proc_s_exec, 5);
  define_native(vm, p, "__popen", proc_s_popen, 6);
  define_native(vm, singleton_class(vm, Value::object(vm.cIO)), "pipe", io_s_pipe, 0);
  define_native(vm, p, "__fork", proc_s_fork, 0);
  define_native(vm, p, "__waitpid", proc_s_waitpid, 2);
  define_native(vm, p, "__set_status", proc_s_set_status, 1);
  define_native(vm, p, "__kill", proc_s_kill, 2);
  define_native(vm, p, "__times", proc_s_times, 0);
  define_native(vm, p, "pid", proc_s_pid, 0);
  define_native(vm, p, "ppid", proc_s_ppid, 0);
  define_native(vm, p, "uid", proc_s_uid, 0);
  define_native(vm, p, "euid", proc_s_euid, 0);
  define_native(vm, p, "gid", proc_s_gid, 0);
  define_native(vm, p, "egid", proc_s_egid, 0);
  define_native(vm, p, "getpgrp", proc_s_getpgrp, 0);
  define_native(vm, p, "clock_gettime", proc_s_clock_gettime, -1);
  define_native(vm, p, "clock_getres", proc_s_clock_getres, -1);
  auto num = [&](const char* name, int64_t v) { vm.const_set(vm.mProcess, intern(name), Value::fixnum(v)); };
  num("CLOCK_REALTIME", CLOCK_REALTIME);
  num("CLOCK_MONOTONIC", CLOCK_MONOTONIC);
  num("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID);
  num("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID);
  num("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW);
  num("CLOCK_REALTIME_COARSE", CLOCK_REALTIME_COARSE);
  num("CLOCK_MONOTONIC_COARSE", CLOCK_MONOTONIC_COARSE);
  num("CLOCK_BOOTTIME", CLOCK_BOOTTIME);
  num("WNOHANG", WNOHANG);
  num("WUNTRACED", WUNTRACED);
  define_native(vm, singleton_class(vm, Value::object(vm.mErrno)), "__strerror", errno_s_strerror, 1);
  RClass* s = singleton_class(vm, Value::object(vm.mSignal));
  define_native(vm, s, "__handle", sig_s_handle, 3);
  define_native(vm, s, "__pending", sig_s_pending, 0);
  define_native(vm, s, "list", sig_s_list, 0);
}

}  // namespace maglev::vm
