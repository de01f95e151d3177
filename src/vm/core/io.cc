// IO for the standard streams (STDOUT/STDERR/STDIN as IO objects over stdio),
// a few File class methods, and the program's globals ($0, ARGV, $:, $", $stdout).
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <unordered_set>

#include "vm/core/core.h"
#include "vm/snapshot/lib_image.h"
#include "vm/vm.h"

namespace maglev::vm {

static const DataType kStdioType = {"stdio", nullptr, nullptr};

static FILE* stream_of(Value io) {
  if (io.is_heap() && io.heap()->type == HeapType::kData && io.as<RData>()->dtype == &kStdioType)
    return static_cast<FILE*>(io.as<RData>()->data);
  return nullptr;
}
static Value make_stream(Vm& vm, FILE* f) {
  auto* d = vm.heap.make<RData>(HeapType::kData, vm.cIO);
  d->dtype = &kStdioType;
  d->data = f;
  return Value::object(d);
}
static void io_write_str(Vm& vm, Value self, std::string_view s) {
  FILE* f = stream_of(self);
  if (f == nullptr) vm.raise(vm.eIOError, "not opened for writing");
  if (f == stderr) std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), f);
}
NATIVE(io_write) {
  UNUSED_ARGS;
  int64_t n = 0;
  for (int i = 0; i < argc; ++i) {
    std::string s = vm.to_s(argv[i]);
    io_write_str(vm, self, s);
    n += static_cast<int64_t>(s.size());
  }
  return Value::fixnum(n);
}
NATIVE(io_puts) {
  UNUSED_ARGS;
  io_write_str(vm, self, puts_string(vm, argc, argv));
  return Value::nil();
}
NATIVE(io_print) {
  UNUSED_ARGS;
  std::string out;
  for (int i = 0; i < argc; ++i) out += vm.to_s(argv[i]);
  io_write_str(vm, self, out);
  return Value::nil();
}
NATIVE(io_printf) {
  UNUSED_ARGS;
  if (argc == 0) return Value::nil();
  io_write_str(vm, self, format_string(vm, str_view(to_str(vm, argv[0])), argc - 1, argv + 1));
  return Value::nil();
}
NATIVE(io_putc) {
  UNUSED_ARGS;
  Value c = argv[0];
  io_write_str(vm, self, is_string(c) ? std::string(str_view(c).substr(0, 1))
                                      : std::string(1, static_cast<char>(to_long(vm, c))));
  return c;
}
NATIVE(io_ltlt) {
  UNUSED_ARGS;
  io_write_str(vm, self, vm.to_s(argv[0]));
  return self;
}
NATIVE(io_flush) {
  UNUSED_ARGS;
  if (FILE* f = stream_of(self)) std::fflush(f);
  return self;
}
// Streams in sync mode write through (unbuffered), so a reader on a pipe sees each
// write at once (the program's stdout is otherwise fully buffered, as CRuby's is).
static std::unordered_set<FILE*>& sync_streams() {
  static std::unordered_set<FILE*> s;
  return s;
}
NATIVE(io_sync) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  return Value::boolean(f == stderr || sync_streams().count(f));
}
NATIVE(io_set_sync) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  if (f == nullptr || f == stderr) return argv[0];
  std::fflush(f);
  if (argv[0].truthy()) {
    sync_streams().insert(f);
    std::setvbuf(f, nullptr, _IONBF, 0);
  } else if (sync_streams().erase(f)) {
    std::setvbuf(f, nullptr, _IOFBF, BUFSIZ);
  }
  return argv[0];
}
NATIVE(io_fileno) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  return Value::fixnum(f ? fileno(f) : -1);
}
NATIVE(io_tty) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  return Value::boolean(f && isatty(fileno(f)));
}
NATIVE(io_gets) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  if (f == nullptr) return Value::nil();
  std::string line;
  int c;
  while ((c = std::fgetc(f)) != EOF) {
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  if (line.empty()) return Value::nil();
  return str_new(vm, line);
}
NATIVE(io_read) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  std::string out;
  char buf[4096];
  size_t n;
  while (f && (n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return str_new(vm, out);
}
NATIVE(io_inspect) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  const char* name = f == stdout ? "<STDOUT>" : f == stderr ? "<STDERR>" : "<STDIN>";
  return str_new(vm, std::string("#<IO:") + name + ">");
}

static std::string read_whole(Vm& vm, Value path) {
  std::string p = str_std(to_str(vm, path));
  std::ifstream in(p, std::ios::binary);
  if (!in) vm.raise(vm.const_get(vm.mErrno, intern("ENOENT")).as<RClass>(), "No such file or directory @ rb_sysopen - " + p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
NATIVE(file_read) { UNUSED_ARGS; return str_new(vm, read_whole(vm, argv[0])); }
NATIVE(file_readlines) {
  UNUSED_ARGS;
  std::string s = read_whole(vm, argv[0]);
  Value a = ary_new(vm);
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    size_t end = nl == std::string::npos ? s.size() : nl + 1;
    ary_push(vm, a, str_new(vm, s.substr(start, end - start)));
    start = end;
  }
  return a;
}
NATIVE(file_write) {
  UNUSED_ARGS;
  std::string p = str_std(to_str(vm, argv[0]));
  std::string data = vm.to_s(argv[1]);
  std::ofstream out(p, std::ios::binary);
  out << data;
  return Value::fixnum(static_cast<int64_t>(data.size()));
}
NATIVE(file_exist) {
  UNUSED_ARGS;
  struct stat st;
  return Value::boolean(::stat(str_std(to_str(vm, argv[0])).c_str(), &st) == 0);
}
NATIVE(file_file_p) {
  UNUSED_ARGS;
  struct stat st;
  return Value::boolean(::stat(str_std(to_str(vm, argv[0])).c_str(), &st) == 0 && S_ISREG(st.st_mode));
}
NATIVE(file_directory_p) {
  UNUSED_ARGS;
  struct stat st;
  return Value::boolean(::stat(str_std(to_str(vm, argv[0])).c_str(), &st) == 0 && S_ISDIR(st.st_mode));
}
NATIVE(file_basename) {
  UNUSED_ARGS;
  std::string p = str_std(to_str(vm, argv[0]));
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  size_t slash = p.rfind('/');
  std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
  if (argc > 1) {
    std::string ext = str_std(to_str(vm, argv[1]));
    if (ext == ".*") {
      size_t dot = base.rfind('.');
      if (dot != std::string::npos && dot > 0) base = base.substr(0, dot);
    } else if (base.size() > ext.size() && base.compare(base.size() - ext.size(), ext.size(), ext) == 0) {
      base = base.substr(0, base.size() - ext.size());
    }
  }
  return str_new(vm, base);
}
NATIVE(file_dirname) {
  UNUSED_ARGS;
  std::string p = str_std(to_str(vm, argv[0]));
  size_t slash = p.rfind('/');
  if (slash == std::string::npos) return str_new(vm, ".");
  if (slash == 0) return str_new(vm, "/");
  return str_new(vm, p.substr(0, slash));
}
NATIVE(file_extname) {
  UNUSED_ARGS;
  std::string p = str_std(to_str(vm, argv[0]));
  size_t slash = p.rfind('/');
  std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == base.size()) return str_new(vm, "");
  return str_new(vm, base.substr(dot));
}
NATIVE(file_join) {
  UNUSED_ARGS;
  std::string out;
  for (int i = 0; i < argc; ++i) {
    std::string part = is_array(argv[i]) ? str_std(file_join(vm, self, static_cast<int>(ary_len(argv[i])), ary_ptr(argv[i])->ptr, block))
                                         : str_std(to_str(vm, argv[i]));
    if (i == 0) out = part;
    else if (!out.empty() && out.back() == '/' && !part.empty() && part[0] == '/') out += part.substr(1);
    else if ((!out.empty() && out.back() == '/') || (!part.empty() && part[0] == '/')) out += part;
    else out += "/" + part;
  }
  return str_new(vm, out);
}
NATIVE(file_expand_path) {
  UNUSED_ARGS;
  std::string p = str_std(to_str(vm, argv[0]));
  std::string base;
  if (argc > 1) base = str_std(to_str(vm, vm.call(self, intern("expand_path"), 1, argv + 1)));
  else {
    char buf[PATH_MAX];
    base = getcwd(buf, sizeof buf) ? buf : "/";
  }
  if (p.rfind("~", 0) == 0) {
    const char* home = getenv("HOME");
    p = std::string(home ? home : "") + p.substr(1);
  }
  std::string full = !p.empty() && p[0] == '/' ? p : base + "/" + p;
  std::vector<std::string> parts;
  std::stringstream ss(full);
  std::string part;
  while (std::getline(ss, part, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string r;
  for (auto& x : parts) r += "/" + x;
  return str_new(vm, r.empty() ? "/" : r);
}

Value make_string_io(Vm& vm, Value data) {
  require_library(vm, "stringio");
  Value klass = vm.const_get(vm.cObject, intern("StringIO"));
  return vm.call(klass, sym::new_, {data});
}

void setup_program_globals(Vm& vm, const RunOptions& o, const std::string& file) {
  vm.gvar_set(intern("$0"), str_new(vm, file));
  Value argv = ary_new(vm);
  for (const std::string& a : o.argv) ary_push(vm, argv, str_new(vm, a));
  vm.const_set(vm.cObject, intern("ARGV"), argv);
  vm.globals[intern("$*")] = argv;
  Value lp = ary_new(vm);
  for (const std::string& d : o.load_path) {
    char buf[PATH_MAX];
    ary_push(vm, lp, str_new(vm, realpath(d.c_str(), buf) ? buf : d));
  }
  ary_push(vm, lp, str_new(vm, snapshot::kLibDir));   // the standard library, last
  vm.globals[intern("$:")] = lp;
  vm.globals[intern("$\"")] = ary_new(vm);
  vm.globals[intern("$,")] = Value::nil();
  vm.globals[intern("$/")] = str_new(vm, "\n");
  vm.globals[intern("$VERBOSE")] = o.warning_level >= 2 ? Value::t() : o.warning_level == 0 ? Value::nil() : Value::f();
  vm.globals[intern("$DEBUG")] = Value::boolean(o.debug);
}

void init_io(Vm& vm) {
  RClass* c = vm.cIO;
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"write", io_write, -1}, {"<<", io_ltlt, 1}, {"puts", io_puts, -1},
      {"print", io_print, -1}, {"printf", io_printf, -1}, {"putc", io_putc, 1}, {"flush", io_flush, 0}, {"sync", io_sync, 0},
      {"sync=", io_set_sync, 1}, {"fileno", io_fileno, 0}, {"tty?", io_tty, 0},
      {"isatty", io_tty, 0}, {"gets", io_gets, -1}, {"read", io_read, -1},
      {"inspect", io_inspect, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  Value out = make_stream(vm, stdout), err = make_stream(vm, stderr), in = make_stream(vm, stdin);
  vm.const_set(vm.cObject, intern("STDOUT"), out);
  vm.const_set(vm.cObject, intern("STDERR"), err);
  vm.const_set(vm.cObject, intern("STDIN"), in);
  vm.globals[intern("$stdout")] = out;
  vm.globals[intern("$stderr")] = err;
  vm.globals[intern("$stdin")] = in;
  vm.globals[intern("$>")] = out;
  RClass* fm = singleton_class(vm, Value::object(vm.cFile));
  struct { const char* name; NativeFn fn; int arity; } fmethods[] = {
      {"read", file_read, -1}, {"readlines", file_readlines, -1}, {"write", file_write, -1},
      {"exist?", file_exist, 1}, {"file?", file_file_p, 1}, {"directory?", file_directory_p, 1},
      {"basename", file_basename, -1}, {"dirname", file_dirname, 1}, {"extname", file_extname, 1},
      {"join", file_join, -1}, {"expand_path", file_expand_path, -1}};
  for (auto& m : fmethods) define_native(vm, fm, m.name, m.fn, m.arity);
  vm.const_set(vm.cFile, intern("SEPARATOR"), str_new(vm, "/"));
}

}  // namespace maglev::vm
