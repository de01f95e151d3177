// Kernel's module functions: output (puts/print/p), raise, require/load, lambda/proc,
// conversions (Integer(), Float(), String(), Array()), catch/throw, exit/abort/at_exit,
// eval/binding, caller, and the private helpers the compiler emits calls to.
#include <unistd.h>

#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "vm/compile/compiler.h"
#include "vm/core/core.h"
#include "vm/persist/persist.h"
#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/parse/parser.h"
#include "vm/snapshot/lib_image.h"

namespace maglev::vm {

Value run_file_source(Vm& vm, const std::string& source, const std::string& file,
                      Value* data_out);
std::string join_errors(const std::vector<parse::SyntaxError>& errors);
void emit_parse_warnings(Vm& vm, const std::vector<parse::ParseWarning>& warnings,
                         const std::string& file);

void write_stdout(Vm& vm, std::string_view s) {
  Value out = vm.gvar_get(intern("$stdout"));
  if (out.is_heap() && out.heap()->type == HeapType::kData) {   // the real STDOUT
    std::fwrite(s.data(), 1, s.size(), stdout);
    return;
  }
  Value str = str_new(vm, s);
  vm.call(out, intern("write"), 1, &str);
}

// Appends v's puts rendering (arrays flattened, one line each) to out.
static void puts_value(Vm& vm, Value v, std::string* out, std::vector<Value>* seen) {
  if (is_array(v)) {
    for (Value s : *seen)
      if (s == v) {
        *out += "[...]\n";
        return;
      }
    seen->push_back(v);
    for (int64_t i = 0; i < ary_len(v); ++i) puts_value(vm, ary_at(v, i), out, seen);
    seen->pop_back();
    return;
  }
  std::string s = is_string(v) ? str_std(v) : vm.to_s(v);
  *out += s;
  if (s.empty() || s.back() != '\n') *out += '\n';
}

std::string puts_string(Vm& vm, int argc, const Value* argv) {
  std::string out;
  std::vector<Value> seen;
  if (argc == 0) out = "\n";
  for (int i = 0; i < argc; ++i) {
    Value v = argv[i];
    if (!is_array(v) && v.is_heap() && !is_string(v) && vm.respond_to(v, sym::to_ary, true)) {
      Value a = vm.call(v, sym::to_ary);
      if (is_array(a)) v = a;
    }
    puts_value(vm, v, &out, &seen);
  }
  return out;
}

NATIVE(k_puts) {
  UNUSED_ARGS;
  write_stdout(vm, puts_string(vm, argc, argv));
  return Value::nil();
}
NATIVE(k_print) {
  UNUSED_ARGS;
  std::string out;
  for (int i = 0; i < argc; ++i) out += vm.to_s(argv[i]);
  write_stdout(vm, out);
  return Value::nil();
}
NATIVE(k_p) {
  UNUSED_ARGS;
  std::string out;
  for (int i = 0; i < argc; ++i) out += vm.inspect(argv[i]) + "\n";
  write_stdout(vm, out);
  if (argc == 0) return Value::nil();
  if (argc == 1) return argv[0];
  return ary_from(vm, argv, argc);
}
NATIVE(k_printf) {
  UNUSED_ARGS;
  if (argc == 0) return Value::nil();
  write_stdout(vm, format_string(vm, str_view(to_str(vm, argv[0])), argc - 1, argv + 1));
  return Value::nil();
}
NATIVE(k_format) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  return str_new(vm, format_string(vm, str_view(to_str(vm, argv[0])), argc - 1, argv + 1));
}
NATIVE(k_putc) {
  UNUSED_ARGS;
  Value c = argv[0];
  std::string s = is_string(c) ? std::string(str_view(c).substr(0, 1))
                               : std::string(1, static_cast<char>(to_long(vm, c) & 0xff));
  write_stdout(vm, s);
  return c;
}

Value make_exception_from_args(Vm& vm, int argc, const Value* argv) {
  if (argc == 0) {
    if (!vm.errinfo.is_nil()) return vm.errinfo;
    return vm.make_exception(vm.eRuntimeError, "");
  }
  Value first = argv[0];
  Value exc;
  if (is_string(first)) {
    if (argc > 1) vm.raise(vm.eTypeError, "exception class/object expected");
    exc = vm.make_exception(vm.eRuntimeError, str_std(first));
  } else if (first.is_heap() && vm.respond_to(first, sym::exception, true)) {
    exc = argc > 1 ? vm.call(first, sym::exception, 1, argv + 1) : vm.call(first, sym::exception);
    if (!vm.is_a(exc, vm.eException)) vm.raise(vm.eTypeError, "exception object expected");
  } else {
    vm.raise(vm.eTypeError, "exception class/object expected");
  }
  if (argc > 2) vm.call(exc, intern("set_backtrace"), 1, argv + 2);
  return exc;
}

Value kernel_raise_exception(Vm& vm, int argc, const Value* argv) {
  int n = argc;
  Value cause = Value::undef();
  if (n > 0 && is_hash(argv[n - 1])) {
    Value c = hash_lookup(vm, argv[n - 1], sym_value("cause"));
    if (!c.is_undef()) {
      cause = c;
      --n;
    }
  }
  Value exc = make_exception_from_args(vm, n, argv);
  if (!cause.is_undef()) vm.ivar_set(exc, intern("__cause"), cause);
  return exc;
}

NATIVE(k_raise) {
  UNUSED_ARGS;
  vm.raise(kernel_raise_exception(vm, argc, argv));
}
const NativeFn kKernelRaise = k_raise;   // (interp/ops.h)

NATIVE(k_block_given) {
  UNUSED_ARGS;
  Frame* f = vm.current();
  return Value::boolean(f != nullptr && !f->block.is_nil());
}
NATIVE(k_lambda) {
  UNUSED_ARGS;
  if (!is_proc(block)) vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  RProc* p = block.as<RProc>();
  if (p->basic.flags & kFlagLambda) return block;
  if (caller_passed_block_arg(vm)) return block;   // lambda(&pr): pr unchanged
  // A literal block passed to lambda becomes a lambda.
  auto* l = vm.heap.make<RProc>(HeapType::kProc, vm.cProc);
  *l = *p;
  l->basic.gc_mark = 0;
  l->basic.flags |= kFlagLambda;
  l->break_to = 0;
  return Value::object(l);
}
NATIVE(k_proc) {
  UNUSED_ARGS;
  if (!is_proc(block)) vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  return block;
}

static std::string strip(std::string s) {
  size_t a = s.find_first_not_of(" \t\n\v\f\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\n\v\f\r");
  return s.substr(a, b - a + 1);
}

static Value parse_integer_string(Vm& vm, Value sv, int base, bool raise) {
  std::string s = strip(str_std(sv));
  std::string orig = str_std(sv);
  auto fail = [&]() -> Value {
    if (!raise) return Value::nil();
    vm.raise(vm.eArgumentError, "invalid value for Integer(): " + str_inspect(orig));
  };
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (i + 1 < s.size() && s[i] == '0') {
    char c = static_cast<char>(std::tolower(s[i + 1]));
    int b = c == 'x' ? 16 : c == 'b' ? 2 : c == 'o' ? 8 : c == 'd' ? 10 : 0;
    if (b && (base == -1 || base == b)) {
      base = b;
      i += 2;
    } else if (base == -1 && std::isdigit(static_cast<unsigned char>(c))) {
      base = 8;
      i += 1;
    }
  }
  if (base == -1) base = 10;
  std::string digits;
  bool last_us = true;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (last_us) return fail();
      last_us = true;
      continue;
    }
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                          : 99;
    if (d >= base) return fail();
    digits += c;
    last_us = false;
  }
  if (digits.empty() || last_us) return fail();
  return int_parse(vm, (neg ? "-" : "") + digits, base);
}

NATIVE(k_Integer) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 3);
  bool raise = true;
  int base = -1;
  int n = argc;
  if (n > 1 && is_hash(argv[n - 1])) {
    Value e = hash_lookup(vm, argv[n - 1], sym_value("exception"));
    if (!e.is_undef()) raise = e.truthy();
    --n;
  }
  if (n > 1 && !argv[1].is_nil()) {
    // 0 (or -1) detects the base from a prefix; -b is base b (rb_int_parse_cstr)
    int64_t b = to_long(vm, argv[1]);
    if (b < -1) b = -b;
    if (b == 1 || b > 36) vm.raise(vm.eArgumentError, "invalid radix " + std::to_string(b));
    base = b == 0 ? -1 : static_cast<int>(b);
  }
  Value v = argv[0];
  if (is_string(v)) return parse_integer_string(vm, v, base, raise);
  if (base != -1) {
    if (!raise) return Value::nil();
    vm.raise(vm.eArgumentError, "base specified for non string value");
  }
  if (v.is_nil()) {
    if (!raise) return Value::nil();
    vm.raise(vm.eTypeError, "can't convert nil into Integer");
  }
  if (is_integer(v)) return v;
  try {
    if (is_float(v)) return to_integer(vm, v);
    if (vm.respond_to(v, sym::to_int, true)) return to_integer(vm, v);
    if (vm.respond_to(v, sym::to_i, true)) return vm.call(v, sym::to_i);
    vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " into Integer");
  } catch (RubyError&) {
    if (raise) throw;
    return Value::nil();
  }
}

Value parse_float_string(Vm& vm, const std::string& orig, bool raise) {
  if (orig.find('\0') != std::string::npos) {
    if (!raise) return Value::nil();
    vm.raise(vm.eArgumentError, "string for Float contains null byte");
  }
  double d;
  if (!float_parse(orig, true, &d)) {
    if (!raise) return Value::nil();
    vm.raise(vm.eArgumentError, "invalid value for Float(): " + str_inspect(orig));
  }
  return float_new(vm, d);
}

NATIVE(k_Float) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  bool raise = true;
  if (argc > 1 && is_hash(argv[1])) {
    Value e = hash_lookup(vm, argv[1], sym_value("exception"));
    if (!e.is_undef()) raise = e.truthy();
  }
  Value v = argv[0];
  if (is_float(v)) return v;
  if (is_integer(v)) return float_new(vm, int_to_double(v));
  if (is_string(v)) return parse_float_string(vm, str_std(v), raise);
  if (v.is_nil()) {
    if (!raise) return Value::nil();
    vm.raise(vm.eTypeError, "can't convert nil into Float");
  }
  return float_new(vm, vm.to_double(v));
}
NATIVE(k_String) {
  UNUSED_ARGS;
  Value v = argv[0];
  if (is_string(v)) return v;
  if (vm.respond_to(v, sym::to_str, true)) return vm.call(v, sym::to_str);
  if (vm.respond_to(v, sym::to_s, true)) return vm.call(v, sym::to_s);
  vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " into String");
}
NATIVE(k_Array) {
  UNUSED_ARGS;
  Value v = argv[0];
  if (is_array(v)) return v;
  if (v.is_nil()) return ary_new(vm);
  if (v.is_heap() && vm.respond_to(v, sym::to_ary, true)) return to_ary(vm, v);
  if (v.is_heap() && vm.respond_to(v, sym::to_a, true)) return vm.call(v, sym::to_a);
  return ary_of(vm, {v});
}
NATIVE(k_Hash) {
  UNUSED_ARGS;
  Value v = argv[0];
  if (is_hash(v)) return v;
  if (v.is_nil() || (is_array(v) && ary_len(v) == 0)) return hash_new(vm);
  if (!v.is_heap() || !vm.respond_to(v, sym::to_hash, true))   // rb_convert_type's words
    vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " into Hash");
  return to_hash(vm, v);
}

// catch/throw: throw unwinds to its catch as a non-local exit (not an exception, so
// rescue clauses in between do not see it; ensure clauses run).
NATIVE(k_catch) {
  UNUSED_ARGS;
  Value tag = argc > 0 ? argv[0] : Value::object(vm.heap.make<RObject>(HeapType::kObject, vm.cObject));
  uint64_t serial = vm.new_frame_serial();
  vm.catch_tags.emplace_back(tag, serial);
  size_t depth = vm.catch_tags.size();
  try {
    Value r = vm.yield1(block, tag);
    vm.catch_tags.resize(depth - 1);
    return r;
  } catch (NonLocalExit& e) {
    vm.catch_tags.resize(depth - 1);
    if (e.kind == NonLocalExit::kThrow && e.target == serial) return e.value;
    throw;
  } catch (...) {
    vm.catch_tags.resize(depth - 1);
    throw;
  }
}
NATIVE(k_throw) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  Value tag = argv[0];
  Value val = argc > 1 ? argv[1] : Value::nil();
  for (size_t i = vm.catch_tags.size(); i-- > 0;) {
    Value t = vm.catch_tags[i].first;
    if (t == tag || (t.is_heap() && tag.is_heap() && vm.equal(t, tag)))
      throw NonLocalExit{NonLocalExit::kThrow, vm.catch_tags[i].second, val};
  }
  Value e = vm.make_exception(vm.eUncaughtThrowError, "uncaught throw " + vm.inspect(tag));
  vm.ivar_set(e, intern("@tag"), tag);
  vm.ivar_set(e, intern("@value"), val);
  vm.raise(e);
}

static Value system_exit(Vm& vm, int status, const std::string& msg) {
  Value e = vm.make_exception(vm.eSystemExit, msg);
  vm.ivar_set(e, intern("@status"), Value::fixnum(status));
  return e;
}
static int exit_status(Vm& vm, int argc, const Value* argv, int dflt) {
  if (argc == 0) return dflt;
  if (argv[0].is_true()) return 0;
  if (argv[0].is_false()) return 1;
  return static_cast<int>(to_long(vm, argv[0]));
}
NATIVE(k_exit) {
  UNUSED_ARGS;
  vm.raise(system_exit(vm, exit_status(vm, argc, argv, 0), "exit"));
}
// exit!(status = false): no at_exit handlers, and output still buffered is lost, as in
// CRuby (whose $stdout is buffered unless it is a terminal or sync).
NATIVE(k_exit_bang) {
  UNUSED_ARGS;
  int status = exit_status(vm, argc, argv, 1);
  if (isatty(STDOUT_FILENO)) std::fflush(stdout);
  std::fflush(stderr);
  _exit(status);
}
NATIVE(k_abort) {
  UNUSED_ARGS;
  std::string msg;
  if (argc > 0) {
    msg = str_std(to_str(vm, argv[0]));
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n", msg.c_str());
  }
  vm.raise(system_exit(vm, 1, msg));
}
NATIVE(k_at_exit) {
  UNUSED_ARGS;
  if (!is_proc(block)) vm.raise(vm.eArgumentError, "called without a block");
  vm.at_exit_procs.push_back(block);
  return block;
}
NATIVE(k_sleep) {
  UNUSED_ARGS;
  double secs = argc > 0 ? vm.to_double(argv[0]) : 0;
  std::fflush(stdout);
  if (secs > 0) usleep(static_cast<useconds_t>(secs * 1e6));
  return Value::fixnum(static_cast<int64_t>(std::llround(secs)));
}

// caller(start = 1, length = nil) / caller(range): the frames from the caller's caller
// down, nil when start lies past the stack, CRuby's ArgumentErrors for negative ones.
NATIVE(k_caller) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 2);
  std::vector<std::string> bt = vm.backtrace(0);
  auto n = static_cast<int64_t>(bt.size());
  int64_t start = 1, len = n;
  if (argc == 1 && is_range(argv[0])) {
    if (!range_bounds(vm, argv[0], n, &start, &len)) return Value::nil();
  } else if (argc > 0) {
    start = to_long(vm, argv[0]);
    if (start < 0) vm.raise(vm.eArgumentError, "negative level (" + std::to_string(start) + ")");
    if (argc == 2 && !argv[1].is_nil()) {
      len = to_long(vm, argv[1]);
      if (len < 0) vm.raise(vm.eArgumentError, "negative size (" + std::to_string(len) + ")");
    }
  }
  if (start > n) return Value::nil();
  Value a = ary_new(vm);
  for (int64_t i = start; i < n && i - start < len; ++i) ary_push(vm, a, str_new(vm, bt[i]));
  return a;
}
NATIVE(k_method_name) {
  UNUSED_ARGS;
  Frame* f = vm.current();
  if (f == nullptr || f->me == nullptr) return Value::nil();
  return Value::symbol(f->me->original_name);
}
NATIVE(k_dir) {
  UNUSED_ARGS;
  std::string file = vm.current_file();
  char buf[PATH_MAX];
  std::string full = file;
  if (!file.empty() && file[0] != '/' && getcwd(buf, sizeof buf)) full = std::string(buf) + "/" + file;
  size_t slash = full.rfind('/');
  return str_new(vm, slash == std::string::npos ? "." : full.substr(0, slash));
}
// Kernel#__warn_text(*msgs): the messages as puts would write them (Kernel#warn,
// prelude/kernel.rb, formats them so).
NATIVE(k_warn_text) {
  UNUSED_ARGS;
  std::string out;
  std::vector<Value> seen;
  for (int i = 0; i < argc; ++i) puts_value(vm, argv[i], &out, &seen);
  return str_new(vm, out);
}

// --- require / load ---------------------------------------------------------------

static bool file_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static std::string absolute(const std::string& p) {
  std::string out = p;
  if (p.empty() || p[0] != '/') {
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == nullptr) return p;
    out = std::string(buf) + "/" + p;
  }
  return path_normalize(out);
}

static bool load_file(Vm& vm, const std::string& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  run_file_source(vm, ss.str(), display, nullptr);
  return true;
}

static Value features(Vm& vm) { return vm.gvar_get(intern("$\"")); }

// Libraries shipped with CRuby that the core already provides.
static bool builtin_feature(const std::string& name) {
  return name == "enumerator" || name == "rational" || name == "complex" ||
         name == "thread" || name == "fiber" || name == "pp" || name == "prettyprint";
}

// Records `abs` in $LOADED_FEATURES and runs `load` unless it is there already (true
// when it ran). A failed load leaves the feature out, so it can be retried.
template <typename Load>
static Value require_feature(Vm& vm, const std::string& abs, Load load) {
  Value feats = features(vm);
  for (int64_t i = 0; i < ary_len(feats); ++i)
    if (str_view(ary_at(feats, i)) == abs) return Value::f();
  // Required in persistent mode by a committed VM: its definitions are already here.
  if (persist::feature_loaded(vm, abs)) return Value::f();
  if (vm.persistent_mode) persist::note_feature(vm, abs);
  ary_push(vm, feats, str_new(vm, abs));
  try {
    load();
  } catch (...) {
    RArray* a = ary_ptr(feats);
    for (int64_t i = 0; i < a->len; ++i)
      if (str_view(a->ptr[i]) == abs) {
        for (int64_t j = i; j + 1 < a->len; ++j) a->ptr[j] = a->ptr[j + 1];
        --a->len;
        break;
      }
    throw;
  }
  return Value::t();
}

Value require_path(Vm& vm, const std::string& abs) {
  return require_feature(vm, abs, [&] { load_file(vm, abs, abs); });
}

// One of the standard library's embedded files (snapshot/lib_image.h).
static Value require_lib(Vm& vm, const snapshot::LibFile& lib) {
  std::string abs = std::string(snapshot::kLibDir) + "/" + lib.name + ".rb";
  return require_feature(vm, abs, [&] {
    RCode* code = snapshot::decode_lib(vm, lib);
    vm.run_code(code, vm.main_obj, Value::nil(), vm.cObject, nullptr);
  });
}

Value require_library(Vm& vm, const std::string& name) {
  const snapshot::LibFile* lib = snapshot::find_lib(name);
  if (lib == nullptr) vm.raise(vm.eLoadError, "cannot load such file -- " + name);
  return require_lib(vm, *lib);
}

static Value load_error(Vm& vm, const std::string& name) {
  Value e = vm.make_exception(vm.eLoadError, "cannot load such file -- " + name);
  vm.ivar_set(e, intern("@path"), str_new(vm, name));
  return e;
}

NATIVE(k_require) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  if (builtin_feature(name)) return Value::f();
  std::vector<std::string> candidates;
  auto with_ext = [](const std::string& p) {
    return p.size() > 3 && p.compare(p.size() - 3, 3, ".rb") == 0 ? p : p + ".rb";
  };
  if (!name.empty() && (name[0] == '/' || name.rfind("./", 0) == 0 || name.rfind("../", 0) == 0)) {
    candidates.push_back(absolute(with_ext(name)));
  } else {
    // $LOAD_PATH in order; the standard library's folder (last in $: unless the program
    // moved it) is served from the binary, and after every folder when it is not in $:.
    const snapshot::LibFile* lib = snapshot::find_lib(name);
    Value lp = vm.gvar_get(intern("$:"));
    for (int64_t i = 0; i < ary_len(lp); ++i) {
      std::string dir = vm.to_s(ary_at(lp, i));
      if (lib != nullptr && dir == snapshot::kLibDir) return require_lib(vm, *lib);
      std::string c = absolute(dir + "/" + with_ext(name));
      if (file_exists(c)) return require_path(vm, c);
    }
    if (lib != nullptr) return require_lib(vm, *lib);
  }
  for (const std::string& c : candidates)
    if (file_exists(c)) return require_path(vm, c);
  vm.raise(load_error(vm, name));
}
NATIVE(k_require_relative) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  std::string base = vm.current_file();
  size_t slash = base.rfind('/');
  std::string dir = slash == std::string::npos ? "." : base.substr(0, slash);
  std::string path = dir + "/" + name;
  if (path.size() < 3 || path.compare(path.size() - 3, 3, ".rb") != 0) path += ".rb";
  std::string abs = absolute(path);
  if (!file_exists(abs)) vm.raise(load_error(vm, absolute(dir + "/" + name)));
  return require_path(vm, abs);
}
NATIVE(k_load) {
  UNUSED_ARGS;
  std::string name = str_std(to_str(vm, argv[0]));
  std::string path = name;
  if (!file_exists(path)) {
    Value lp = vm.gvar_get(intern("$:"));
    for (int64_t i = 0; i < ary_len(lp); ++i) {
      std::string c = vm.to_s(ary_at(lp, i)) + "/" + name;
      if (file_exists(c)) {
        path = c;
        break;
      }
    }
  }
  if (!load_file(vm, path, path)) vm.raise(load_error(vm, name));
  return Value::t();
}

// --- eval / binding ----------------------------------------------------------------

static Value make_binding(Vm& vm, REnv* env, Value self, Value cref, const std::string& file) {
  auto* o = vm.heap.make<RObject>(HeapType::kObject, vm.cBinding);
  o->ivs = o->inline_ivs;
  o->ivcap = RObject::kInline;
  Value b = Value::object(o);
  vm.ivar_set(b, intern("__env"), env ? Value::object(env) : Value::nil());
  vm.ivar_set(b, intern("__self"), self);
  vm.ivar_set(b, intern("__cref"), cref);
  vm.ivar_set(b, intern("__file"), str_new(vm, file));
  return b;
}

static Value binding_for_frame(Vm& vm, Frame* f) {
  return make_binding(vm, f->env, f->self, f->cref, f->code ? f->code->file : "-");
}

NATIVE(k_binding) {
  UNUSED_ARGS;
  return binding_for_frame(vm, vm.current());
}

Value Vm::eval_string(const std::string& source, const std::string& file, int line, Value self,
                      Value binding, RClass* def_target) {
  REnv* env = nullptr;
  Value cref = Value::nil();
  if (binding.is_undef()) {
    Frame* f = current();
    env = f ? f->env : nullptr;
    cref = f ? f->cref : Value::nil();
  } else if (!binding.is_nil()) {
    Value e = ivar_get(binding, intern("__env"));
    env = e.is_nil() ? nullptr : e.as<REnv>();
    cref = ivar_get(binding, intern("__cref"));
    self = ivar_get(binding, intern("__self"));
  }
  parse::ParseOptions po;
  po.file = file;
  po.line = line;
  po.eval = true;
  for (REnv* e = env; e != nullptr; e = e->outer) {
    std::vector<std::string> names;
    if (e->code) {
      for (SymId s : e->code->code->local_names) names.push_back(sym_name(s));
      if (e->code->code->kind == Code::Kind::kMethod) po.eval_in_method = true;
    }
    po.outer_locals.insert(po.outer_locals.begin(), names);
  }
  parse::ParseResult r = parse::parse(source, po);
  emit_parse_warnings(*this, r.warnings, file);
  if (!r.errors.empty()) raise(eSyntaxError, join_errors(r.errors));
  // labelled as the code it runs in: the binding's, else the caller's
  const Code* where = env != nullptr && env->code != nullptr ? env->code->code
                      : current() != nullptr                ? current()->code
                                                             : nullptr;
  EvalLabel label = eval_label_of(where ? where->name : "<main>");
  RCode* code = compile_program(*this, r.root, file, CompileKind::kEval, false, {}, &label);
  RClass* target = cref_class(*this, cref);
  if (Frame* f = current(); f && binding.is_undef()) target = f->def_target;
  if (def_target != nullptr) target = def_target;
  return run_code(code, self, cref, target, env);
}

Value Vm::eval_module_string(const std::string& source, const std::string& file, int line,
                             RClass* klass, Value cref) {
  parse::ParseOptions po;
  po.file = file;
  po.line = line;
  po.eval = true;
  parse::ParseResult r = parse::parse(source, po);
  emit_parse_warnings(*this, r.warnings, file);
  if (!r.errors.empty()) raise(eSyntaxError, join_errors(r.errors));
  RCode* code = compile_program(*this, r.root, file, CompileKind::kEval);
  return run_code(code, Value::object(klass), cref, klass, nullptr);
}

NATIVE(k_eval) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 4);
  Value b = argc > 1 ? argv[1] : Value::undef();
  std::string file = argc > 2 ? str_std(to_str(vm, argv[2])) : "(eval)";
  int line = argc > 3 ? static_cast<int>(to_long(vm, argv[3])) : 1;
  Frame* f = vm.current();
  return vm.eval_string(str_std(to_str(vm, argv[0])), file, line, f ? f->self : vm.main_obj,
                        b.is_nil() ? Value::undef() : b);
}
NATIVE(binding_eval) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 3);
  std::string file = argc > 1 ? str_std(to_str(vm, argv[1])) : "(eval)";
  int line = argc > 2 ? static_cast<int>(to_long(vm, argv[2])) : 1;
  return vm.eval_string(str_std(to_str(vm, argv[0])), file, line, Value::nil(), self);
}
NATIVE(binding_receiver) {
  UNUSED_ARGS;
  return vm.ivar_get(self, intern("__self"));
}
static std::vector<std::pair<REnv*, uint32_t>> env_locals(REnv* env) {
  std::vector<std::pair<REnv*, uint32_t>> out;
  for (REnv* e = env; e; e = e->outer)
    if (e->code)
      for (uint32_t i = 0; i < e->code->code->local_names.size() && i < e->n; ++i)
        if (e->code->code->local_names[i] != sym::empty_name) out.emplace_back(e, i);
  return out;
}
void append_local_names(Vm& vm, Value names, const Code* code, uint32_t n) {
  for (uint32_t i = 0; i < code->local_names.size() && i < n; ++i) {
    SymId name = code->local_names[i];
    const std::string& s = sym_name(name);
    if (s.empty() || s[0] == '*' || s[0] == '&' ||
        (s[0] == '_' && s.size() == 2 && std::isdigit(static_cast<unsigned char>(s[1]))))
      continue;
    bool dup = false;
    for (int64_t k = 0; k < ary_len(names) && !dup; ++k) dup = ary_at(names, k) == Value::symbol(name);
    if (!dup) ary_push(vm, names, Value::symbol(name));
  }
}
// Locals a Binding got from local_variable_set that its scope did not have (a Hash, or
// nil): visible through the binding only, as in CRuby.
static SymId kExtra() { static SymId s = intern("__extra"); return s; }

NATIVE(binding_local_variables) {
  UNUSED_ARGS;
  Value e = vm.ivar_get(self, intern("__env"));
  Value a = ary_new(vm);
  Value extra = vm.ivar_get(self, kExtra());
  if (is_hash(extra)) {
    Value keys = vm.call(extra, intern("keys"));
    for (int64_t k = 0; k < ary_len(keys); ++k) ary_push(vm, a, ary_at(keys, k));
  }
  if (e.is_nil()) return a;
  for (REnv* env = e.as<REnv>(); env; env = env->outer)
    if (env->code) append_local_names(vm, a, env->code->code, env->n);
  return a;
}
NATIVE(binding_local_variable_get) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  Value e = vm.ivar_get(self, intern("__env"));
  if (!e.is_nil())
    for (auto& [env, i] : env_locals(e.as<REnv>()))
      if (env->code->code->local_names[i] == name) return env->slots[i];
  Value extra = vm.ivar_get(self, kExtra());
  if (is_hash(extra)) {
    Value v = hash_lookup(vm, extra, Value::symbol(name));
    if (!v.is_undef()) return v;
  }
  vm.raise(vm.eNameError, "local variable `" + sym_name(name) + "' is not defined for " +
                              vm.inspect(self));
}
NATIVE(binding_local_variable_set) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  Value e = vm.ivar_get(self, intern("__env"));
  if (!e.is_nil())
    for (auto& [env, i] : env_locals(e.as<REnv>()))
      if (env->code->code->local_names[i] == name) return env->slots[i] = argv[1];
  Value extra = vm.ivar_get(self, kExtra());
  if (!is_hash(extra)) {
    extra = hash_new(vm);
    vm.ivar_set(self, kExtra(), extra);
  }
  hash_aset(vm, extra, Value::symbol(name), argv[1]);
  return argv[1];
}
NATIVE(binding_local_variable_defined) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  Value e = vm.ivar_get(self, intern("__env"));
  if (!e.is_nil())
    for (auto& [env, i] : env_locals(e.as<REnv>()))
      if (env->code->code->local_names[i] == name) return Value::t();
  Value extra = vm.ivar_get(self, kExtra());
  return Value::boolean(is_hash(extra) && !hash_lookup(vm, extra, Value::symbol(name)).is_undef());
}
// dup / clone: Object's copy skips the hidden __ ivars, so the copy would have no self,
// scope or locals; a copy shares the scope and has its own binding-only locals.
NATIVE(binding_initialize_copy) {
  UNUSED_ARGS;
  for (const char* n : {"__env", "__self", "__cref", "__file"})
    vm.ivar_set(self, intern(n), vm.ivar_get(argv[0], intern(n)));
  Value extra = vm.ivar_get(argv[0], kExtra());
  if (is_hash(extra)) vm.ivar_set(self, kExtra(), vm.call(extra, intern("dup")));
  return self;
}
NATIVE(k_local_variables) {
  UNUSED_ARGS;
  Value b = binding_for_frame(vm, vm.current());
  return binding_local_variables(vm, b, 0, nullptr, Value::nil());
}
NATIVE(k_global_variables) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (auto& [k, v] : vm.globals) ary_push(vm, a, Value::symbol(k));
  return a;
}
// --- helpers the compiler calls -----------------------------------------------------

NATIVE(k_named_capture) {
  UNUSED_ARGS;
  Value m = vm.last_match;
  if (m.is_nil()) return Value::nil();
  return vm.call(m, sym::aref, 1, argv);
}
NATIVE(k_any_truthy) {
  UNUSED_ARGS;
  Value a = splat_to_array(vm, argv[0]);
  for (int64_t i = 0; i < ary_len(a); ++i)
    if (ary_at(a, i).truthy()) return Value::t();
  return Value::f();
}
void init_kernel(Vm& vm) {
  RClass* k = vm.mKernel;
  auto def = [&](const char* name, NativeFn fn, int arity) {
    define_native(vm, k, name, fn, arity, Visibility::kPrivate);
    define_native(vm, singleton_class(vm, Value::object(k)), name, fn, arity);
  };
  def("puts", k_puts, -1);
  def("print", k_print, -1);
  def("p", k_p, -1);
  def("printf", k_printf, -1);
  def("format", k_format, -1);
  def("sprintf", k_format, -1);
  def("putc", k_putc, 1);
  def("raise", k_raise, -1);
  def("fail", k_raise, -1);
  def("block_given?", k_block_given, 0);
  def("iterator?", k_block_given, 0);
  def("lambda", k_lambda, 0);
  def("proc", k_proc, 0);
  def("Integer", k_Integer, -1);
  def("Float", k_Float, -1);
  def("String", k_String, 1);
  def("Array", k_Array, 1);
  def("Hash", k_Hash, 1);
  def("catch", k_catch, -1);
  def("throw", k_throw, -1);
  def("exit", k_exit, -1);
  def("exit!", k_exit_bang, -1);
  def("abort", k_abort, -1);
  def("at_exit", k_at_exit, 0);
  def("sleep", k_sleep, -1);
  def("caller", k_caller, -1);
  def("__method__", k_method_name, 0);
  def("__dir__", k_dir, 0);
  def("__warn_text", k_warn_text, -1);
  def("require", k_require, 1);
  def("require_relative", k_require_relative, 1);
  def("load", k_load, -1);
  def("binding", k_binding, 0);
  def("eval", k_eval, -1);
  def("local_variables", k_local_variables, 0);
  def("global_variables", k_global_variables, 0);
  def("__named_capture", k_named_capture, 1);
  def("__any_truthy", k_any_truthy, 1);
  RClass* b = vm.cBinding;
  vm.const_set(vm.cObject, intern("TOPLEVEL_BINDING"),
               make_binding(vm, nullptr, vm.main_obj, vm.top_cref, "<main>"));
  define_native(vm, b, "eval", binding_eval, -1);
  define_native(vm, b, "receiver", binding_receiver, 0);
  define_native(vm, b, "local_variables", binding_local_variables, 0);
  define_native(vm, b, "local_variable_get", binding_local_variable_get, 1);
  define_native(vm, b, "local_variable_set", binding_local_variable_set, 2);
  define_native(vm, b, "local_variable_defined?", binding_local_variable_defined, 1);
  define_native(vm, b, "initialize_copy", binding_initialize_copy, 1, Visibility::kPrivate);
}

}  // namespace maglev::vm
