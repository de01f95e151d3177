// Process's ids and limits: supplementary groups, process groups and sessions, scheduling
// priorities, resource limits (getrlimit/setrlimit with CRuby's names and RLIM_*
// constants). Spawning, waiting and clocks are core/process.cc.
#include <grp.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

struct NamedInt {
  const char* name;
  int value;
};
#define RLIMIT(name) {#name, RLIMIT_##name}
constexpr NamedInt kRlimits[] = {
    RLIMIT(AS),     RLIMIT(CORE),   RLIMIT(CPU),        RLIMIT(DATA),   RLIMIT(FSIZE),
    RLIMIT(MEMLOCK), RLIMIT(MSGQUEUE), RLIMIT(NICE),     RLIMIT(NOFILE), RLIMIT(NPROC),
    RLIMIT(RSS),    RLIMIT(RTPRIO), RLIMIT(RTTIME),     RLIMIT(SIGPENDING), RLIMIT(STACK)};
#undef RLIMIT

Value rlim_value(Vm& vm, rlim_t v) { return int_parse(vm, std::to_string(v)); }

// A resource: an Integer, or a Symbol/String named without RLIMIT_ (:NOFILE, "CORE").
int resource_of(Vm& vm, Value v) {
  if (v.is_symbol() || is_string(v)) {
    std::string name = v.is_symbol() ? sym_name(v.symbol_id()) : str_std(v);
    for (const NamedInt& r : kRlimits)
      if (name == r.name) return r.value;
    vm.raise(vm.eArgumentError, "invalid resource name: " + name);
  }
  return static_cast<int>(to_long(vm, v));
}

// A limit: an Integer, or :INFINITY / :SAVED_MAX / :SAVED_CUR (Symbol or String).
rlim_t limit_of(Vm& vm, Value v) {
  if (v.is_symbol() || is_string(v)) {
    std::string name = v.is_symbol() ? sym_name(v.symbol_id()) : str_std(v);
    if (name == "INFINITY" || name == "SAVED_MAX" || name == "SAVED_CUR") return RLIM_INFINITY;
    vm.raise(vm.eArgumentError, "invalid resource value: " + name);
  }
  Value i = to_integer(vm, v);
  if (i.is_fixnum()) return static_cast<rlim_t>(i.fixnum_value());
  return static_cast<rlim_t>(std::stoull(vm.to_s(i)));
}

NATIVE(proc_s_getrlimit) {
  UNUSED_ARGS;
  struct rlimit rl;
  if (getrlimit(resource_of(vm, argv[0]), &rl) != 0) raise_sys_fail(vm, errno, "getrlimit");
  return ary_of(vm, {rlim_value(vm, rl.rlim_cur), rlim_value(vm, rl.rlim_max)});
}
NATIVE(proc_s_setrlimit) {
  UNUSED_ARGS;
  check_args(vm, argc, 2, 3);
  struct rlimit rl;
  rl.rlim_cur = limit_of(vm, argv[1]);
  rl.rlim_max = argc > 2 ? limit_of(vm, argv[2]) : rl.rlim_cur;
  if (setrlimit(resource_of(vm, argv[0]), &rl) != 0) raise_sys_fail(vm, errno, "setrlimit");
  return Value::nil();
}
NATIVE(proc_s_groups) {
  UNUSED_ARGS;
  int n = getgroups(0, nullptr);
  std::vector<gid_t> gs(static_cast<size_t>(n > 0 ? n : 0));
  if (n > 0 && getgroups(n, gs.data()) < 0) raise_sys_fail(vm, errno, "getgroups");
  Value a = ary_new(vm);
  for (gid_t g : gs) ary_push(vm, a, Value::fixnum(g));
  return a;
}
NATIVE(proc_s_maxgroups) { UNUSED_ARGS; return Value::fixnum(sysconf(_SC_NGROUPS_MAX)); }
NATIVE(proc_s_getpgid) {
  UNUSED_ARGS;
  pid_t g = getpgid(static_cast<pid_t>(to_long(vm, argv[0])));
  if (g < 0) raise_sys_fail(vm, errno, "");
  return Value::fixnum(g);
}
NATIVE(proc_s_setpgid) {
  UNUSED_ARGS;
  if (setpgid(static_cast<pid_t>(to_long(vm, argv[0])), static_cast<pid_t>(to_long(vm, argv[1]))) != 0)
    raise_sys_fail(vm, errno, "setpgid");
  return Value::fixnum(0);
}
NATIVE(proc_s_setpgrp) {
  UNUSED_ARGS;
  if (setpgid(0, 0) != 0) raise_sys_fail(vm, errno, "setpgrp");
  return Value::fixnum(0);
}
NATIVE(proc_s_getsid) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  pid_t s = getsid(argc > 0 && !argv[0].is_nil() ? static_cast<pid_t>(to_long(vm, argv[0])) : 0);
  if (s < 0) raise_sys_fail(vm, errno, "");
  return Value::fixnum(s);
}
NATIVE(proc_s_setsid) {
  UNUSED_ARGS;
  pid_t s = setsid();
  if (s < 0) raise_sys_fail(vm, errno, "setsid");
  return Value::fixnum(s);
}
NATIVE(proc_s_getpriority) {
  UNUSED_ARGS;
  errno = 0;
  int p = getpriority(static_cast<__priority_which_t>(to_long(vm, argv[0])), static_cast<id_t>(to_long(vm, argv[1])));
  if (p == -1 && errno != 0) raise_sys_fail(vm, errno, "getpriority");
  return Value::fixnum(p);
}
NATIVE(proc_s_setpriority) {
  UNUSED_ARGS;
  if (setpriority(static_cast<__priority_which_t>(to_long(vm, argv[0])), static_cast<id_t>(to_long(vm, argv[1])),
                  static_cast<int>(to_long(vm, argv[2]))) != 0)
    raise_sys_fail(vm, errno, "setpriority");
  return Value::fixnum(0);
}
}  // namespace

void init_process_limits(Vm& vm) {
  RClass* p = singleton_class(vm, Value::object(vm.mProcess));
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"getrlimit", proc_s_getrlimit, 1},   {"setrlimit", proc_s_setrlimit, -1},
      {"groups", proc_s_groups, 0},         {"maxgroups", proc_s_maxgroups, 0},
      {"getpgid", proc_s_getpgid, 1},       {"setpgid", proc_s_setpgid, 2},
      {"setpgrp", proc_s_setpgrp, 0},       {"getsid", proc_s_getsid, -1},
      {"setsid", proc_s_setsid, 0},         {"getpriority", proc_s_getpriority, 2},
      {"setpriority", proc_s_setpriority, 3}};
  for (auto& m : methods) define_native(vm, p, m.name, m.fn, m.arity);
  auto num = [&](const char* name, int64_t v) { vm.const_set(vm.mProcess, intern(name), Value::fixnum(v)); };
  for (const NamedInt& r : kRlimits) num((std::string("RLIMIT_") + r.name).c_str(), r.value);
  for (const char* n : {"RLIM_INFINITY", "RLIM_SAVED_MAX", "RLIM_SAVED_CUR"})
    vm.const_set(vm.mProcess, intern(n), rlim_value(vm, RLIM_INFINITY));
  num("PRIO_PROCESS", PRIO_PROCESS);
  num("PRIO_PGRP", PRIO_PGRP);
  num("PRIO_USER", PRIO_USER);
  num("CLOCK_REALTIME_ALARM", CLOCK_REALTIME_ALARM);
  num("CLOCK_BOOTTIME_ALARM", CLOCK_BOOTTIME_ALARM);
  num("CLOCK_TAI", CLOCK_TAI);
}

}  // namespace maglev::vm
