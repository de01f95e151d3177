// File and Dir primitives over the C library: opening files as IO streams, stat
// queries, renaming and deleting, directory listing and the working directory;
// and the process environment behind ENV (path names: core/file_path.cc). The Ruby-level API (File.open with a block, foreach, Dir.glob, ...) is in
// core/prelude/io.rb; reading and writing streams is in core/io.cc.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "vm/core/core.h"

namespace maglev::vm {

// SystemCallError subclass for errno (Errno::ENOENT ...), SystemCallError otherwise.
[[noreturn]] static void raise_errno_text(Vm& vm, int err, const std::string& text) {
  RClass* klass = vm.eSystemCallError;
  if (const char* name = errno_name(err); name && vm.const_defined(vm.mErrno, intern(name), false))
    klass = vm.const_get(vm.mErrno, intern(name)).as<RClass>();
  vm.raise(klass, text);
}
[[noreturn]] void raise_errno(Vm& vm, int err, const std::string& detail) {
  raise_errno_text(vm, err, std::string(std::strerror(err)) + " @ " + detail);
}
[[noreturn]] void raise_sys_fail(Vm& vm, int err, const std::string& what) {
  raise_errno_text(vm, err, std::string(std::strerror(err)) + (what.empty() ? "" : " - " + what));
}

static std::string path_arg(Vm& vm, Value v) {
  if (!is_string(v) && vm.respond_to(v, intern("to_path"), true)) v = vm.call(v, intern("to_path"));
  return str_std(to_str(vm, v));
}

// The open(2) flags of an fopen mode ("r", "w+", "ax", ...).
static int open_flags_of(const std::string& mode) {
  bool plus = mode.find('+') != std::string::npos;
  int flags = 0;
  switch (mode.empty() ? 'r' : mode[0]) {
    case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    default: flags = plus ? O_RDWR : O_RDONLY; break;
  }
  if (mode.find('x') != std::string::npos) flags |= O_EXCL;
  return flags;
}

// The fdopen mode for open(2) flags (fdopen neither creates nor truncates).
static const char* fdopen_mode_of(int flags) {
  int acc = flags & O_ACCMODE;
  if (flags & O_APPEND) return acc == O_RDWR ? "a+" : "a";
  return acc == O_RDWR ? "r+" : acc == O_WRONLY ? "w" : "r";
}

// File.__open(path, mode, perm): a File over fopen; mode is fopen's ("r", "w+", "a", ...)
// or open(2)'s flags as an Integer (File::RDWR | File::CREAT keeps the contents).
NATIVE(file_s_open) {
  UNUSED_ARGS;
  std::string path = path_arg(vm, argv[0]);
  int flags = argv[1].is_fixnum() ? static_cast<int>(argv[1].fixnum_value())
                                  : open_flags_of(str_std(to_str(vm, argv[1])));
  int perm = static_cast<int>(to_long(vm, argv[2]));
  int fd = ::open(path.c_str(), flags | O_CLOEXEC, perm);
  if (fd < 0) raise_errno(vm, errno, "rb_sysopen - " + path);
  FILE* f = ::fdopen(fd, fdopen_mode_of(flags));
  if (f == nullptr) {
    int e = errno;
    ::close(fd);
    raise_errno(vm, e, "rb_sysopen - " + path);
  }
  int acc = flags & O_ACCMODE;
  Value io = io_make_stream(vm, f, self.as<RClass>(),
                            acc == O_RDWR ? kIoRead | kIoWrite : acc == O_WRONLY ? kIoWrite : kIoRead);
  vm.ivar_set(io, intern("@path"), str_new(vm, path));
  return io;
}

static bool stat_of(Vm& vm, Value p, struct stat* st) { return ::stat(path_arg(vm, p).c_str(), st) == 0; }
[[noreturn]] static void raise_stat(Vm& vm, Value p) { raise_errno(vm, errno, "rb_file_s_stat - " + path_arg(vm, p)); }

NATIVE(file_s_size) {
  UNUSED_ARGS;
  struct stat st;
  if (!stat_of(vm, argv[0], &st)) raise_errno(vm, errno, "rb_file_s_size - " + path_arg(vm, argv[0]));
  return Value::fixnum(st.st_size);
}
// [sec, nsec] of mtime, atime or ctime (which: 0, 1, 2).
NATIVE(file_s_times) {
  UNUSED_ARGS;
  struct stat st;
  if (!stat_of(vm, argv[0], &st)) raise_stat(vm, argv[0]);
  int64_t which = to_long(vm, argv[1]);
  const struct timespec& ts = which == 0 ? st.st_mtim : which == 1 ? st.st_atim : st.st_ctim;
  return ary_of(vm, {Value::fixnum(ts.tv_sec), Value::fixnum(ts.tv_nsec)});
}
// File.__ftype(path): "file", "directory", "link", ... or nil when absent (lstat).
NATIVE(file_s_ftype) {
  UNUSED_ARGS;
  struct stat st;
  if (::lstat(path_arg(vm, argv[0]).c_str(), &st) != 0) return Value::nil();
  const char* t = S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "directory" : S_ISLNK(st.st_mode) ? "link"
                  : S_ISFIFO(st.st_mode) ? "fifo" : S_ISSOCK(st.st_mode) ? "socket"
                  : S_ISCHR(st.st_mode) ? "characterSpecial" : S_ISBLK(st.st_mode) ? "blockSpecial" : "unknown";
  return str_new(vm, t);
}
// File.__access(path, mode): access(2) with R_OK/W_OK/X_OK.
NATIVE(file_s_access) {
  UNUSED_ARGS;
  return Value::boolean(::access(path_arg(vm, argv[0]).c_str(), static_cast<int>(to_long(vm, argv[1]))) == 0);
}
NATIVE(file_s_delete) {
  UNUSED_ARGS;
  for (int i = 0; i < argc; ++i) {
    std::string p = path_arg(vm, argv[i]);
    if (::unlink(p.c_str()) != 0) raise_errno(vm, errno, "apply2files - " + p);
  }
  return Value::fixnum(argc);
}
NATIVE(file_s_rename) {
  UNUSED_ARGS;
  std::string a = path_arg(vm, argv[0]), b = path_arg(vm, argv[1]);
  if (::rename(a.c_str(), b.c_str()) != 0) raise_errno(vm, errno, "rb_file_s_rename - (" + a + ", " + b + ")");
  return Value::fixnum(0);
}
NATIVE(file_s_realpath) {
  UNUSED_ARGS;
  std::string p = path_arg(vm, argv[0]);
  char buf[PATH_MAX];
  if (::realpath(p.c_str(), buf) == nullptr) raise_errno(vm, errno, "rb_check_realpath_internal - " + p);
  return str_new(vm, buf);
}
NATIVE(dir_s_entries) {
  UNUSED_ARGS;
  std::string p = path_arg(vm, argv[0]);
  DIR* d = ::opendir(p.c_str());
  if (d == nullptr) raise_errno(vm, errno, "dir_initialize - " + p);
  Value a = ary_new(vm);
  while (struct dirent* e = ::readdir(d)) ary_push(vm, a, str_new(vm, e->d_name));
  ::closedir(d);
  return a;
}
NATIVE(dir_s_mkdir) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  std::string p = path_arg(vm, argv[0]);
  mode_t m = argc > 1 ? static_cast<mode_t>(to_long(vm, argv[1])) : 0777;
  if (::mkdir(p.c_str(), m) != 0) raise_errno(vm, errno, "dir_s_mkdir - " + p);
  return Value::fixnum(0);
}
NATIVE(dir_s_rmdir) {
  UNUSED_ARGS;
  std::string p = path_arg(vm, argv[0]);
  if (::rmdir(p.c_str()) != 0) raise_errno(vm, errno, "dir_s_rmdir - " + p);
  return Value::fixnum(0);
}
NATIVE(dir_s_pwd) {
  UNUSED_ARGS;
  char buf[PATH_MAX];
  if (::getcwd(buf, sizeof buf) == nullptr) raise_errno(vm, errno, "rb_dir_getwd");
  return str_new(vm, buf);
}
NATIVE(dir_s_chdir_raw) {
  UNUSED_ARGS;
  std::string p = path_arg(vm, argv[0]);
  if (::chdir(p.c_str()) != 0) raise_errno(vm, errno, "dir_s_chdir - " + p);
  return Value::fixnum(0);
}

// ENV's primitives (ENV itself is core/prelude/io.rb): the variable or nil; set or
// unset (value nil); every [name, value] pair.
NATIVE(env_get) {
  UNUSED_ARGS;
  const char* v = ::getenv(str_std(to_str(vm, argv[0])).c_str());
  if (v == nullptr) return Value::nil();
  Value s = str_new(vm, v);
  s.heap()->flags |= kFlagFrozen;
  return s;
}
NATIVE(env_set) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  if (name.empty() || name.find('=') != std::string::npos)
    raise_errno(vm, EINVAL, "setenv - " + name);
  if (argv[1].is_nil()) ::unsetenv(name.c_str());
  else ::setenv(name.c_str(), str_std(to_str(vm, argv[1])).c_str(), 1);
  return argv[1];
}
NATIVE(env_pairs) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (char** e = environ; *e != nullptr; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    ary_push(vm, a, ary_of(vm, {str_new(vm, kv.substr(0, eq)), str_new(vm, kv.substr(eq + 1))}));
  }
  return a;
}

void init_file(Vm& vm) {
  RClass* k = vm.mKernel;
  define_native(vm, k, "__env_get", env_get, 1, Visibility::kPrivate);
  define_native(vm, k, "__env_set", env_set, 2, Visibility::kPrivate);
  define_native(vm, k, "__env_pairs", env_pairs, 0, Visibility::kPrivate);
  RClass* fm = singleton_class(vm, Value::object(vm.cFile));
  struct { const char* name; NativeFn fn; int arity; } fmethods[] = {
      {"__open", file_s_open, 3}, {"size", file_s_size, 1}, {"__times", file_s_times, 2},
      {"__ftype", file_s_ftype, 1}, {"__access", file_s_access, 2}, {"delete", file_s_delete, -1},
      {"unlink", file_s_delete, -1}, {"rename", file_s_rename, 2}, {"realpath", file_s_realpath, -1}};
  for (auto& m : fmethods) define_native(vm, fm, m.name, m.fn, m.arity);
  RClass* dm = singleton_class(vm, Value::object(vm.cDir));
  struct { const char* name; NativeFn fn; int arity; } dmethods[] = {
      {"entries", dir_s_entries, -1}, {"mkdir", dir_s_mkdir, -1}, {"rmdir", dir_s_rmdir, 1},
      {"delete", dir_s_rmdir, 1}, {"unlink", dir_s_rmdir, 1}, {"pwd", dir_s_pwd, 0},
      {"getwd", dir_s_pwd, 0}, {"__chdir", dir_s_chdir_raw, 1}};
  for (auto& m : dmethods) define_native(vm, dm, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
