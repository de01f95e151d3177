// File metadata over stat(2) and its companions: the fields File::Stat is built from
// (File::Stat itself, FileTest and the stat-based predicates are core/prelude/file_stat.rb),
// and the calls that change metadata or links: chmod, chown, utime, link, symlink,
// readlink, umask, truncate, mkfifo. Errors are Errno exceptions with CRuby's labels.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

#include "vm/core/core.h"

namespace maglev::vm {

static std::string path_of(Vm& vm, Value v) {
  if (!is_string(v) && vm.respond_to(v, intern("to_path"), true)) v = vm.call(v, intern("to_path"));
  return str_std(to_str(vm, v));
}

// File.__stat(path_or_fd, follow, label): [dev, ino, mode, nlink, uid, gid, rdev, size,
// blksize, blocks, atime sec, nsec, mtime sec, nsec, ctime sec, nsec, dev major, minor,
// rdev major, minor]; an Integer is a file descriptor (fstat).
NATIVE(file_s_stat_fields) {
  UNUSED_ARGS;
  struct stat st;
  int rc;
  std::string path;
  if (argv[0].is_fixnum()) {
    rc = ::fstat(static_cast<int>(argv[0].fixnum_value()), &st);
  } else {
    path = path_of(vm, argv[0]);
    rc = argv[1].truthy() ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  }
  if (rc != 0) raise_errno(vm, errno, str_std(to_str(vm, argv[2])) + (path.empty() ? "" : " - " + path));
  int64_t f[] = {static_cast<int64_t>(st.st_dev), static_cast<int64_t>(st.st_ino), st.st_mode,
                 static_cast<int64_t>(st.st_nlink), st.st_uid, st.st_gid,
                 static_cast<int64_t>(st.st_rdev), st.st_size, st.st_blksize, st.st_blocks,
                 st.st_atim.tv_sec, st.st_atim.tv_nsec, st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                 st.st_ctim.tv_sec, st.st_ctim.tv_nsec, major(st.st_dev), minor(st.st_dev),
                 major(st.st_rdev), minor(st.st_rdev)};
  Value a = ary_new(vm);
  for (int64_t x : f) ary_push(vm, a, Value::fixnum(x));
  return a;
}

// File.chmod(mode, *paths) and lchmod: the count of paths.
static Value chmod_paths(Vm& vm, int argc, const Value* argv, int at_flags) {
  mode_t mode = static_cast<mode_t>(to_long(vm, argv[0]));
  for (int i = 1; i < argc; ++i) {
    std::string p = path_of(vm, argv[i]);
    if (::fchmodat(AT_FDCWD, p.c_str(), mode, at_flags) != 0) raise_errno(vm, errno, "apply2files - " + p);
  }
  return Value::fixnum(argc - 1);
}
NATIVE(file_s_chmod) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  return chmod_paths(vm, argc, argv, 0);
}
NATIVE(file_s_lchmod) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  return chmod_paths(vm, argc, argv, AT_SYMLINK_NOFOLLOW);
}

// File.chown(owner, group, *paths) and lchown: nil leaves an id as it is.
static Value chown_paths(Vm& vm, int argc, const Value* argv, int at_flags) {
  check_args(vm, argc, 2, -1);
  uid_t uid = argv[0].is_nil() ? static_cast<uid_t>(-1) : static_cast<uid_t>(to_long(vm, argv[0]));
  gid_t gid = argv[1].is_nil() ? static_cast<gid_t>(-1) : static_cast<gid_t>(to_long(vm, argv[1]));
  for (int i = 2; i < argc; ++i) {
    std::string p = path_of(vm, argv[i]);
    if (::fchownat(AT_FDCWD, p.c_str(), uid, gid, at_flags) != 0) raise_errno(vm, errno, "apply2files - " + p);
  }
  return Value::fixnum(argc - 2);
}
NATIVE(file_s_chown) { UNUSED_ARGS; return chown_paths(vm, argc, argv, 0); }
NATIVE(file_s_lchown) { UNUSED_ARGS; return chown_paths(vm, argc, argv, AT_SYMLINK_NOFOLLOW); }

// File.__utime(path, asec, ansec, msec, mnsec, follow): nil seconds mean now.
NATIVE(file_s_utime_one) {
  UNUSED_ARGS;
  std::string p = path_of(vm, argv[0]);
  struct timespec ts[2];
  for (int i = 0; i < 2; ++i) {
    Value sec = argv[1 + 2 * i];
    ts[i].tv_sec = sec.is_nil() ? 0 : to_long(vm, sec);
    ts[i].tv_nsec = sec.is_nil() ? UTIME_NOW : to_long(vm, argv[2 + 2 * i]);
  }
  if (::utimensat(AT_FDCWD, p.c_str(), ts, argv[5].truthy() ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
    raise_errno(vm, errno, "apply2files - " + p);
  return Value::nil();
}

NATIVE(file_s_link) {
  UNUSED_ARGS;
  std::string a = path_of(vm, argv[0]), b = path_of(vm, argv[1]);
  if (::link(a.c_str(), b.c_str()) != 0) raise_errno(vm, errno, "rb_file_s_link - (" + a + ", " + b + ")");
  return Value::fixnum(0);
}
NATIVE(file_s_symlink) {
  UNUSED_ARGS;
  std::string a = path_of(vm, argv[0]), b = path_of(vm, argv[1]);
  if (::symlink(a.c_str(), b.c_str()) != 0)
    raise_errno(vm, errno, "rb_file_s_symlink - (" + a + ", " + b + ")");
  return Value::fixnum(0);
}
NATIVE(file_s_readlink) {
  UNUSED_ARGS;
  std::string p = path_of(vm, argv[0]);
  char buf[PATH_MAX];
  ssize_t n = ::readlink(p.c_str(), buf, sizeof buf);
  if (n < 0) raise_errno(vm, errno, "rb_readlink - " + p);
  return str_new(vm, std::string_view(buf, static_cast<size_t>(n)));
}
NATIVE(file_s_umask) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  if (argc == 1) return Value::fixnum(::umask(static_cast<mode_t>(to_long(vm, argv[0]))));
  mode_t old = ::umask(0);
  ::umask(old);
  return Value::fixnum(old);
}
NATIVE(file_s_truncate) {
  UNUSED_ARGS;
  std::string p = path_of(vm, argv[0]);
  if (::truncate(p.c_str(), to_long(vm, argv[1])) != 0) raise_errno(vm, errno, "rb_file_s_truncate - " + p);
  return Value::fixnum(0);
}
NATIVE(file_s_mkfifo) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  std::string p = path_of(vm, argv[0]);
  mode_t m = argc > 1 ? static_cast<mode_t>(to_long(vm, argv[1])) : 0666;
  if (::mkfifo(p.c_str(), m) != 0) raise_errno(vm, errno, "rb_file_s_mkfifo - " + p);
  return Value::fixnum(0);
}
// The descriptor forms behind File#chmod, #chown and #truncate: __fchmod(fd, mode),
// __fchown(fd, owner, group), __ftruncate(fd, length).
NATIVE(file_s_fchmod) {
  UNUSED_ARGS;
  if (::fchmod(static_cast<int>(to_long(vm, argv[0])), static_cast<mode_t>(to_long(vm, argv[1]))) != 0)
    raise_errno(vm, errno, "rb_file_chmod");
  return Value::fixnum(0);
}
NATIVE(file_s_fchown) {
  UNUSED_ARGS;
  uid_t uid = argv[1].is_nil() ? static_cast<uid_t>(-1) : static_cast<uid_t>(to_long(vm, argv[1]));
  gid_t gid = argv[2].is_nil() ? static_cast<gid_t>(-1) : static_cast<gid_t>(to_long(vm, argv[2]));
  if (::fchown(static_cast<int>(to_long(vm, argv[0])), uid, gid) != 0) raise_errno(vm, errno, "rb_file_chown");
  return Value::fixnum(0);
}
NATIVE(file_s_ftruncate) {
  UNUSED_ARGS;
  if (::ftruncate(static_cast<int>(to_long(vm, argv[0])), to_long(vm, argv[1])) != 0)
    raise_errno(vm, errno, "rb_file_truncate");
  return Value::fixnum(0);
}

void init_file_stat(Vm& vm) {
  RClass* fm = singleton_class(vm, Value::object(vm.cFile));
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"__stat", file_s_stat_fields, 3},
      {"__utime", file_s_utime_one, 6},
      {"__fchmod", file_s_fchmod, 2},
      {"__fchown", file_s_fchown, 3},
      {"__ftruncate", file_s_ftruncate, 2},
      {"chmod", file_s_chmod, -1},
      {"lchmod", file_s_lchmod, -1},
      {"chown", file_s_chown, -1},
      {"lchown", file_s_lchown, -1},
      {"link", file_s_link, 2},
      {"symlink", file_s_symlink, 2},
      {"readlink", file_s_readlink, 1},
      {"umask", file_s_umask, -1},
      {"truncate", file_s_truncate, 2},
      {"mkfifo", file_s_mkfifo, -1}};
  for (auto& m : methods) define_native(vm, fm, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
