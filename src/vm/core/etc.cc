// Maglev::Etc: the host queries behind lib/etc.rb (the Etc module): the user and group
// databases (getpwuid_r, getgrnam_r, ...), the login name, uname(2), sysconf(3),
// confstr(3) and the processor count, each returned as plain Arrays and Integers
// that the Ruby half wraps in Etc::Passwd and Etc::Group.
#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

Value passwd_row(Vm& vm, const passwd& p) {
  return ary_of(vm, {str_new(vm, p.pw_name), str_new(vm, p.pw_passwd),
                     int_new(vm, p.pw_uid), int_new(vm, p.pw_gid), str_new(vm, p.pw_gecos),
                     str_new(vm, p.pw_dir), str_new(vm, p.pw_shell)});
}

Value group_row(Vm& vm, const group& g) {
  Value members = ary_new(vm);
  for (char** m = g.gr_mem; m != nullptr && *m != nullptr; ++m) ary_push(vm, members, str_new(vm, *m));
  return ary_of(vm, {str_new(vm, g.gr_name), str_new(vm, g.gr_passwd), int_new(vm, g.gr_gid),
                     members});
}

// Calls a getXXX_r function with a growing buffer; the row, or nil when not found.
template <typename Rec, typename Lookup, typename Row>
Value lookup(Vm& vm, Lookup fn, Row row) {
  std::vector<char> buf(1024);
  for (;;) {
    Rec rec;
    Rec* found = nullptr;
    int err = fn(&rec, buf.data(), buf.size(), &found);
    if (err == ERANGE && buf.size() < (1u << 20)) {
      buf.resize(buf.size() * 2);
      continue;
    }
    return found ? row(vm, *found) : Value::nil();
  }
}

NATIVE(etc_getpwuid) {
  UNUSED_ARGS;
  auto uid = static_cast<uid_t>(to_long(vm, argv[0]));
  return lookup<passwd>(vm, [&](passwd* r, char* b, size_t n, passwd** out) {
    return getpwuid_r(uid, r, b, n, out);
  }, passwd_row);
}
NATIVE(etc_getpwnam) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  return lookup<passwd>(vm, [&](passwd* r, char* b, size_t n, passwd** out) {
    return getpwnam_r(name.c_str(), r, b, n, out);
  }, passwd_row);
}
NATIVE(etc_getgrgid) {
  UNUSED_ARGS;
  auto gid = static_cast<gid_t>(to_long(vm, argv[0]));
  return lookup<group>(vm, [&](group* r, char* b, size_t n, group** out) {
    return getgrgid_r(gid, r, b, n, out);
  }, group_row);
}
NATIVE(etc_getgrnam) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  return lookup<group>(vm, [&](group* r, char* b, size_t n, group** out) {
    return getgrnam_r(name.c_str(), r, b, n, out);
  }, group_row);
}
// Every user (every group): the databases read in order with setpwent/getpwent.
NATIVE(etc_all_passwd) {
  UNUSED_ARGS;
  Value rows = ary_new(vm);
  setpwent();
  while (passwd* p = getpwent()) ary_push(vm, rows, passwd_row(vm, *p));
  endpwent();
  return rows;
}
NATIVE(etc_all_group) {
  UNUSED_ARGS;
  Value rows = ary_new(vm);
  setgrent();
  while (group* g = getgrent()) ary_push(vm, rows, group_row(vm, *g));
  endgrent();
  return rows;
}
NATIVE(etc_getlogin) {
  UNUSED_ARGS;
  const char* name = getlogin();
  return name ? str_new(vm, name) : Value::nil();
}
NATIVE(etc_uname) {
  UNUSED_ARGS;
  utsname u;
  if (uname(&u) != 0) raise_errno(vm, errno, "uname");
  return ary_of(vm, {str_new(vm, u.sysname), str_new(vm, u.nodename), str_new(vm, u.release),
                     str_new(vm, u.version), str_new(vm, u.machine)});
}
// sysconf(name): the value, nil for "no limit"; errno's error for a bad name.
NATIVE(etc_sysconf) {
  UNUSED_ARGS;
  errno = 0;
  long v = sysconf(static_cast<int>(to_long(vm, argv[0])));
  if (v == -1 && errno != 0) raise_errno(vm, errno, "sysconf");
  return v == -1 ? Value::nil() : int_new(vm, v);
}
NATIVE(etc_confstr) {
  UNUSED_ARGS;
  int name = static_cast<int>(to_long(vm, argv[0]));
  errno = 0;
  size_t n = confstr(name, nullptr, 0);
  if (n == 0) {
    if (errno != 0) raise_errno(vm, errno, "confstr");
    return Value::nil();
  }
  std::string s(n, '\0');
  confstr(name, s.data(), n);
  s.resize(n - 1);
  return str_new(vm, s);
}
// The processors this process may run on (its affinity mask), as CRuby counts them.
NATIVE(etc_nprocessors) {
  UNUSED_ARGS;
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return Value::fixnum(CPU_COUNT(&set));
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 0) raise_errno(vm, errno, "sysconf(_SC_NPROCESSORS_ONLN)");
  return Value::fixnum(n);
}

// The sysconf/confstr/pathconf names scripts use, as Etc's SC_/CS_/PC_ constants.
constexpr struct { const char* name; int value; } kNames[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX}, {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK}, {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX}, {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_TZNAME_MAX", _SC_TZNAME_MAX}, {"SC_VERSION", _SC_VERSION},
    {"SC_SYMLOOP_MAX", _SC_SYMLOOP_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX},
    {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX},
    {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX},
    {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN}, {"SC_RE_DUP_MAX", _SC_RE_DUP_MAX},
    {"CS_PATH", _CS_PATH}, {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON},
    {"PC_MAX_INPUT", _PC_MAX_INPUT}, {"PC_NAME_MAX", _PC_NAME_MAX},
    {"PC_PATH_MAX", _PC_PATH_MAX}, {"PC_PIPE_BUF", _PC_PIPE_BUF},
};

}  // namespace

void init_etc(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* etc = module_new(vm, maglev, "Etc");
  RClass* meta = singleton_class(vm, Value::object(etc));
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"getpwuid", etc_getpwuid, 1}, {"getpwnam", etc_getpwnam, 1},
      {"getgrgid", etc_getgrgid, 1}, {"getgrnam", etc_getgrnam, 1},
      {"all_passwd", etc_all_passwd, 0}, {"all_group", etc_all_group, 0},
      {"getlogin", etc_getlogin, 0}, {"uname", etc_uname, 0}, {"sysconf", etc_sysconf, 1},
      {"confstr", etc_confstr, 1}, {"nprocessors", etc_nprocessors, 0}};
  for (auto& f : fns) define_native(vm, meta, f.name, f.fn, f.arity);
  for (auto& n : kNames) vm.const_set(etc, intern(n.name), Value::fixnum(n.value));
}

}  // namespace maglev::vm
