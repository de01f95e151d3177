// IO over stdio streams (STDOUT/STDERR/STDIN, and Files that core/file.cc opens):
// writing, records by separator, bytes and characters, seeking, closing; File.exist?
// and friends, and the program's globals ($0, ARGV, $:, $", $stdout).
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <unordered_set>

#include "vm/core/core.h"
#include "vm/core/io_wait.h"
#include "vm/snapshot/lib_image.h"
#include "vm/vm.h"

namespace maglev::vm {

static const DataType kStdioType = {"stdio", nullptr, nullptr};
// Files opened by File.open: closed by the collector when dropped unclosed.
static void file_free(void* data) {
  if (data != nullptr) std::fclose(static_cast<FILE*>(data));
}
static const DataType kFileType = {"file", nullptr, file_free};

// The stream of an IO, nullptr for a closed one (or a non-IO).
static FILE* stream_of(Value io) {
  if (io.is_heap() && io.heap()->type == HeapType::kData &&
      (io.as<RData>()->dtype == &kStdioType || io.as<RData>()->dtype == &kFileType))
    return static_cast<FILE*>(io.as<RData>()->data);
  return nullptr;
}
static Value make_stream(Vm& vm, FILE* f, uint32_t access) {
  auto* d = vm.heap.make<RData>(HeapType::kData, vm.cIO);
  d->dtype = &kStdioType;
  d->data = f;
  d->basic.aux = access;
  return Value::object(d);
}
Value io_make_stream(Vm& vm, FILE* f, RClass* klass, uint32_t access) {
  auto* d = vm.heap.make<RData>(HeapType::kData, klass);
  d->dtype = &kFileType;
  d->data = f;
  d->basic.aux = access;
  return Value::object(d);
}
// The open stream of self, or IOError "closed stream".
static FILE* open_stream(Vm& vm, Value self) {
  FILE* f = stream_of(self);
  if (f == nullptr) vm.raise(vm.eIOError, "closed stream");
  return f;
}
// The open stream of self if it is open for reading, else CRuby's IOError.
static FILE* read_stream(Vm& vm, Value self) {
  FILE* f = open_stream(vm, self);
  if (!(self.heap()->aux & kIoRead)) vm.raise(vm.eIOError, "not opened for reading");
  return f;
}
static FILE* write_stream(Vm& vm, Value self) {
  FILE* f = open_stream(vm, self);
  if (!(self.heap()->aux & kIoWrite)) vm.raise(vm.eIOError, "not opened for writing");
  return f;
}
FILE* io_stream_of(Value io) { return stream_of(io); }
FILE* io_stream(Vm& vm, Value self, uint32_t need) {
  return need & kIoRead ? read_stream(vm, self) : need & kIoWrite ? write_stream(vm, self) : open_stream(vm, self);
}
static void io_write_str(Vm& vm, Value self, std::string_view s) {
  FILE* f = write_stream(vm, self);
  if (self.heap()->aux & kIoDirect) {
    io_write_fd(vm, fileno(f), s);
    return;
  }
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
  FILE* f = open_stream(vm, self);
  return Value::boolean(f == stderr || (self.heap()->aux & kIoDirect) || sync_streams().count(f));
}
NATIVE(io_set_sync) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  if (f == nullptr || f == stderr || (self.heap()->aux & kIoDirect)) return argv[0];
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
  return Value::fixnum(fileno(open_stream(vm, self)));
}
NATIVE(io_tty) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  return Value::boolean(f && isatty(fileno(f)));
}
// One record from f: up to and including sep (nil: the rest; "": a paragraph),
// at most limit bytes when limit >= 0. Empty at end of file.
static std::string io_read_record(Vm& vm, Value io, FILE* f, const std::string* sep, int64_t limit) {
  std::string line;
  bool para = sep != nullptr && sep->empty();
  std::string s = para ? "\n\n" : sep ? *sep : "";
  int c;
  if (para) {  // skip leading newlines
    while ((c = io_next_byte(vm, io, f)) == '\n') {}
    if (c == EOF) return line;
    std::ungetc(c, f);
  }
  while ((limit < 0 || static_cast<int64_t>(line.size()) < limit) && (c = io_next_byte(vm, io, f)) != EOF) {
    line += static_cast<char>(c);
    if (!s.empty() && line.size() >= s.size() && line.compare(line.size() - s.size(), s.size(), s) == 0) break;
  }
  if (limit >= 0 && !line.empty()) {  // do not split a UTF-8 character
    unsigned char lead = 0;
    size_t i = line.size();
    while (i > 0 && (static_cast<unsigned char>(line[i - 1]) & 0xC0) == 0x80) --i;
    if (i > 0) lead = static_cast<unsigned char>(line[i - 1]);
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    for (size_t have = line.size() - i + 1; have < want && (c = io_next_byte(vm, io, f)) != EOF; ++have)
      line += static_cast<char>(c);
  }
  if (para) while ((c = io_next_byte(vm, io, f)) == '\n') {}
  if (para && c != EOF) std::ungetc(c, f);
  return line;
}
// gets(sep = $/, limit = nil, chomp: false)
NATIVE(io_gets) {
  UNUSED_ARGS;
  FILE* f = read_stream(vm, self);
  int n = argc;
  bool chomp = false;
  if (n > 0 && is_hash(argv[n - 1])) {
    Value c = hash_lookup(vm, argv[n - 1], sym_value("chomp"));
    chomp = !c.is_undef() && c.truthy();
    --n;
  }
  Value sepv = vm.gvar_get(intern("$/"));
  int64_t limit = -1;
  if (n == 1 && !argv[0].is_nil() && !is_string(argv[0])) limit = to_long(vm, argv[0]);
  else if (n >= 1) sepv = argv[0].is_nil() ? argv[0] : to_str(vm, argv[0]);
  if (n >= 2 && !argv[1].is_nil()) limit = to_long(vm, argv[1]);
  std::string sep = sepv.is_nil() ? "" : str_std(sepv);
  if (limit == 0) return str_new(vm, "");
  std::string line = io_read_record(vm, self, f, sepv.is_nil() ? nullptr : &sep, limit);
  if (line.empty()) {
    vm.gvar_set(intern("$_"), Value::nil());
    return Value::nil();
  }
  if (chomp && !sepv.is_nil()) {
    std::string s = sep.empty() ? "\n" : sep;
    if (line.size() >= s.size() && line.compare(line.size() - s.size(), s.size(), s) == 0)
      line.resize(line.size() - s.size());
    if (s == "\n" && !line.empty() && line.back() == '\r') line.pop_back();
  }
  Value r = str_new(vm, line);
  vm.gvar_set(intern("$_"), r);
  static const SymId kLineno = intern("@__lineno");
  Value lineno = vm.ivar_get(self, kLineno);
  lineno = Value::fixnum(lineno.is_fixnum() ? lineno.fixnum_value() + 1 : 1);
  vm.ivar_set(self, kLineno, lineno);
  vm.gvar_set(intern("$."), lineno);
  return r;
}
// read(length = nil, outbuf = nil)
NATIVE(io_read) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 2);
  FILE* f = read_stream(vm, self);
  std::string out;
  bool all = argc == 0 || argv[0].is_nil();
  int64_t want = all ? -1 : to_long(vm, argv[0]);
  if (want < 0 && !all) vm.raise(vm.eArgumentError, "negative length " + std::to_string(want) + " given");
  while (all || static_cast<int64_t>(out.size()) < want) {
    size_t n = io_fill(vm, self, f);
    if (n == 0) break;
    if (!all) n = std::min(n, static_cast<size_t>(want - static_cast<int64_t>(out.size())));
    io_take(f, n, &out);
  }
  if (!all && want > 0 && out.empty()) return Value::nil();
  Value r = str_new(vm, out);
  if (!all) r.heap()->flags |= kFlagBinary;
  if (argc > 1 && is_string(argv[1])) {
    str_set(vm, argv[1], out);
    return argv[1];
  }
  return r;
}
NATIVE(io_close) {
  UNUSED_ARGS;
  FILE* f = stream_of(self);
  if (f == nullptr) return Value::nil();
  if (f == stdout || f == stderr) std::fflush(f);
  else std::fclose(f);
  self.as<RData>()->data = nullptr;
  return Value::nil();
}
// close_read / close_write (how: kIoRead or kIoWrite): true when nothing is left open
// (the caller then closes the stream); a duplex stream (a socket) shuts one direction.
NATIVE(io_close_direction) {
  UNUSED_ARGS;
  FILE* f = open_stream(vm, self);
  uint32_t how = static_cast<uint32_t>(to_long(vm, argv[0]));
  uint32_t& access = self.heap()->aux;
  const char* what = how == kIoRead ? "reading" : "writing";
  if ((access & (kIoRead | kIoWrite)) == how) return Value::t();
  if (!(access & kIoDuplex) || !(access & how))
    vm.raise(vm.eIOError, std::string("closing non-duplex IO for ") + what);
  if (how == kIoWrite) std::fflush(f);
  ::shutdown(fileno(f), how == kIoRead ? SHUT_RD : SHUT_WR);
  access &= ~how;
  return Value::boolean(!(access & (kIoRead | kIoWrite)));
}
NATIVE(io_closed) { UNUSED_ARGS; return Value::boolean(stream_of(self) == nullptr); }
NATIVE(io_eof) {
  UNUSED_ARGS;
  return Value::boolean(io_fill(vm, self, read_stream(vm, self)) == 0);
}
NATIVE(io_getbyte) {
  UNUSED_ARGS;
  int c = io_next_byte(vm, self, read_stream(vm, self));
  return c == EOF ? Value::nil() : Value::fixnum(c);
}
NATIVE(io_getc) {
  UNUSED_ARGS;
  FILE* f = read_stream(vm, self);
  int c = io_next_byte(vm, self, f);
  if (c == EOF) return Value::nil();
  std::string ch(1, static_cast<char>(c));
  size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  while (ch.size() < want) {
    int d = io_next_byte(vm, self, f);
    if (d == EOF) break;
    if ((d & 0xC0) != 0x80) {
      std::ungetc(d, f);
      break;
    }
    ch += static_cast<char>(d);
  }
  return str_new(vm, ch);
}
NATIVE(io_ungetc) {
  UNUSED_ARGS;
  FILE* f = read_stream(vm, self);
  std::string s = is_string(argv[0]) ? str_std(argv[0]) : std::string(1, static_cast<char>(to_long(vm, argv[0])));
  for (size_t i = s.size(); i-- > 0;) std::ungetc(static_cast<unsigned char>(s[i]), f);
  return Value::nil();
}
NATIVE(io_seek) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  FILE* f = open_stream(vm, self);
  int whence = argc > 1 ? static_cast<int>(to_long(vm, argv[1])) : SEEK_SET;
  if (std::fseek(f, static_cast<long>(to_long(vm, argv[0])), whence) != 0) vm.raise(vm.eIOError, "seek failed");
  return Value::fixnum(0);
}
NATIVE(io_tell) { UNUSED_ARGS; return Value::fixnum(std::ftell(open_stream(vm, self))); }
NATIVE(io_set_pos) {
  UNUSED_ARGS;
  std::fseek(open_stream(vm, self), static_cast<long>(to_long(vm, argv[0])), SEEK_SET);
  return argv[0];
}
NATIVE(io_rewind) {
  UNUSED_ARGS;
  std::rewind(open_stream(vm, self));
  vm.ivar_set(self, intern("@__lineno"), Value::fixnum(0));
  return Value::fixnum(0);
}
NATIVE(io_fsize) {
  UNUSED_ARGS;
  FILE* f = open_stream(vm, self);
  std::fflush(f);
  struct stat st;
  if (fstat(fileno(f), &st) != 0) return Value::fixnum(0);
  return Value::fixnum(st.st_size);
}
NATIVE(io_inspect) {
  UNUSED_ARGS;
  if (self.as<RData>()->dtype == &kFileType) {
    Value p = vm.ivar_get(self, intern("@path"));
    FILE* f = stream_of(self);
    std::string name = !p.is_nil() ? vm.to_s(p) : f ? "fd " + std::to_string(fileno(f)) : "";
    return str_new(vm, "#<" + vm.class_name_of(self) + ":" + name +
                           (f ? "" : name.empty() ? "(closed)" : " (closed)") + ">");
  }
  FILE* f = stream_of(self);
  if (f == nullptr) return str_new(vm, "#<IO:(closed)>");
  const char* name = f == stdout ? "<STDOUT>" : f == stderr ? "<STDERR>" : f == stdin ? "<STDIN>" : nullptr;
  return str_new(vm, name ? std::string("#<IO:") + name + ">" : "#<IO:fd " + std::to_string(fileno(f)) + ">");
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
  vm.globals[intern("$-W")] = Value::fixnum(o.warning_level);
  for (const char* flag : {"$-a", "$-l", "$-p"}) vm.globals[intern(flag)] = Value::f();
}

void init_io(Vm& vm) {
  RClass* c = vm.cIO;
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"write", io_write, -1}, {"<<", io_ltlt, 1}, {"puts", io_puts, -1},
      {"print", io_print, -1}, {"printf", io_printf, -1}, {"putc", io_putc, 1}, {"flush", io_flush, 0}, {"sync", io_sync, 0},
      {"sync=", io_set_sync, 1}, {"fileno", io_fileno, 0}, {"tty?", io_tty, 0},
      {"isatty", io_tty, 0}, {"gets", io_gets, -1}, {"read", io_read, -1},
      {"inspect", io_inspect, 0}, {"close", io_close, 0}, {"closed?", io_closed, 0},
      {"eof?", io_eof, 0}, {"eof", io_eof, 0}, {"getbyte", io_getbyte, 0}, {"getc", io_getc, 0},
      {"ungetc", io_ungetc, 1}, {"seek", io_seek, -1}, {"tell", io_tell, 0}, {"pos", io_tell, 0},
      {"pos=", io_set_pos, 1}, {"rewind", io_rewind, 0}, {"__size", io_fsize, 0},
      {"__close_direction", io_close_direction, 1}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  Value out = make_stream(vm, stdout, kIoWrite), err = make_stream(vm, stderr, kIoWrite),
        in = make_stream(vm, stdin, kIoRead);
  vm.const_set(vm.cObject, intern("STDOUT"), out);
  vm.const_set(vm.cObject, intern("STDERR"), err);
  vm.const_set(vm.cObject, intern("STDIN"), in);
  vm.globals[intern("$stdout")] = out;
  vm.globals[intern("$stderr")] = err;
  vm.globals[intern("$stdin")] = in;
  vm.globals[intern("$>")] = out;
  RClass* fm = singleton_class(vm, Value::object(vm.cFile));
  struct { const char* name; NativeFn fn; int arity; } fmethods[] = {
      {"__read", file_read, 1},
      {"exist?", file_exist, 1}, {"file?", file_file_p, 1}, {"directory?", file_directory_p, 1},
};
  for (auto& m : fmethods) define_native(vm, fm, m.name, m.fn, m.arity);
  vm.const_set(vm.cFile, intern("SEPARATOR"), str_new(vm, "/"));
}

}  // namespace maglev::vm
