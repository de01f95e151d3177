// Exception and its subclasses: message/to_s/inspect, backtrace, cause,
// full_message, and the extra readers of NameError, KeyError, StopIteration,
// SystemExit, FrozenError, UncaughtThrowError, LoadError.
#include <cerrno>
#include <fstream>
#include <sstream>

#include "vm/compile/code.h"
#include "vm/core/core.h"
#include "vm/interp/interp.h"

namespace maglev::vm {

namespace {
struct ErrnoName {
  const char* name;
  int code;
};
#define ERRNO(name) {#name, name},
#define ERRNO_ALIAS(alias, name)
const ErrnoName kErrnos[] = {
#include "vm/core/errno.def"
};
#undef ERRNO
#undef ERRNO_ALIAS
#define ERRNO(name)
#define ERRNO_ALIAS(alias, name) {#alias, #name},
const struct { const char* alias; const char* name; } kErrnoAliases[] = {
#include "vm/core/errno.def"
};
#undef ERRNO
#undef ERRNO_ALIAS
}  // namespace

const char* errno_name(int code) {
  for (const ErrnoName& en : kErrnos)
    if (en.code == code) return en.name;
  return nullptr;
}

static SymId kMsg() { static SymId s = intern("__message"); return s; }

NATIVE(exc_initialize) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  vm.ivar_set(self, kMsg(), argc > 0 ? argv[0] : Value::nil());
  return Value::nil();
}
NATIVE(exc_s_exception) {
  UNUSED_ARGS;
  return vm.call(self, sym::new_, argc, argv);
}
NATIVE(exc_exception) {
  UNUSED_ARGS;
  if (argc == 0 || argv[0] == self) return self;
  Value copy = vm.call(self, intern("clone"));
  vm.ivar_set(copy, kMsg(), argv[0]);
  vm.ivar_set(copy, intern("__backtrace"), Value::nil());
  return copy;
}
NATIVE(exc_to_s) {
  UNUSED_ARGS;
  Value m = vm.ivar_get(self, kMsg());
  if (m.is_nil()) return str_new(vm, vm.class_name_of(self));
  if (is_string(m)) return m;
  return vm.call(m, sym::to_s);
}
NATIVE(exc_message) {
  UNUSED_ARGS;
  return vm.call(self, sym::to_s);
}
NATIVE(exc_inspect) {
  UNUSED_ARGS;
  std::string cls = vm.class_name_of(self);
  std::string m = vm.to_s(vm.call(self, sym::to_s));
  if (m.empty()) return str_new(vm, cls);
  return str_new(vm, "#<" + cls + ": " + m + ">");
}
NATIVE(exc_backtrace) {
  UNUSED_ARGS;
  return vm.ivar_get(self, intern("__backtrace"));
}
NATIVE(exc_set_backtrace) {
  UNUSED_ARGS;
  Value bt = argv[0];
  if (is_string(bt)) bt = ary_of(vm, {bt});
  bool ok = bt.is_nil() || is_array(bt);
  for (int64_t i = 0; ok && is_array(bt) && i < ary_len(bt); ++i) ok = is_string(ary_at(bt, i));
  if (!ok) vm.raise(vm.eTypeError, "backtrace must be Array of String");
  vm.ivar_set(self, intern("__backtrace"), bt);
  vm.ivar_set(self, intern("__bt_set"), Value::t());
  return bt;
}
// Thread::Backtrace::Location objects for each line; nil when never raised or when
// the backtrace was given as strings (set_backtrace, raise's third argument).
NATIVE(exc_backtrace_locations) {
  UNUSED_ARGS;
  Value bt = vm.ivar_get(self, intern("__backtrace"));
  if (!is_array(bt) || vm.ivar_get(self, intern("__bt_set")).truthy()) return Value::nil();
  Value loc = vm.const_get(vm.const_get(vm.const_get(vm.cObject, intern("Thread")).as<RClass>(),
                                        intern("Backtrace")).as<RClass>(),
                           intern("Location"));
  Value out = ary_new(vm);
  for (int64_t i = 0; i < ary_len(bt); ++i) ary_push(vm, out, vm.call(loc, sym::new_, {ary_at(bt, i)}));
  return out;
}
NATIVE(exc_cause) {
  UNUSED_ARGS;
  return vm.ivar_get(self, intern("__cause"));
}
NATIVE(exc_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (self == o) return Value::t();
  if (vm.class_of(self) != vm.class_of(o)) return Value::f();
  return Value::boolean(vm.equal(vm.call(self, sym::message), vm.call(o, sym::message)) &&
                        vm.equal(vm.call(self, sym::backtrace), vm.call(o, sym::backtrace)));
}
std::string error_message_text(Vm& vm, Value exc, const std::string& message) {
  std::string cls = vm.class_name_of(exc);
  if (message.empty())
    return (vm.class_of(exc) == vm.eRuntimeError ? "unhandled exception" : cls) + "\n";
  size_t nl = message.find('\n');
  std::string tail = nl == std::string::npos ? "" : message.substr(nl + 1);
  std::string s = message.substr(0, nl);
  if (cls[0] != '#') {   // an anonymous class is not named (nor its tail set apart)
    s += " (" + cls + ")";
    if (!tail.empty()) s += "\n";
  }
  s += tail;
  if (s.back() != '\n') s += "\n";
  return s;
}

NATIVE(exc_full_message) {
  UNUSED_ARGS;
  Value bt = vm.ivar_get(self, intern("__backtrace"));
  std::string first = "-";
  if (is_array(bt) && ary_len(bt) > 0) {
    first = str_std(ary_at(bt, 0));
  } else if (bt.is_nil()) {   // never raised: where full_message was called, as CRuby
    std::vector<std::string> here = vm.backtrace();
    if (!here.empty()) first = here[0];
  }
  std::string s = first + ": " + error_message_text(vm, self, vm.to_s(vm.call(self, sym::message)));
  if (is_array(bt))
    for (int64_t i = 1; i < ary_len(bt); ++i) s += "\tfrom " + str_std(ary_at(bt, i)) + "\n";
  return str_new(vm, s);
}

std::string error_highlight_points(Vm& vm, Value exc) {
  Value spot = vm.ivar_get(exc, intern("__spot"));
  if (!is_array(spot) || ary_len(spot) != 4) return "";
  std::string file = str_std(ary_at(spot, 0));
  int64_t line = ary_at(spot, 1).fixnum_value();
  auto beg = static_cast<size_t>(ary_at(spot, 2).fixnum_value());
  auto end = static_cast<size_t>(ary_at(spot, 3).fixnum_value());
  std::string text;
  if (file == "-e") {
    text = vm.e_script;
  } else {   // read back from the file, as CRuby does: nothing when it is gone
    std::ifstream in(file, std::ios::binary);
    if (!in) return "";
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  size_t p = 0;
  for (int64_t i = 1; i < line; ++i) {
    p = text.find('\n', p);
    if (p == std::string::npos) return "";
    ++p;
  }
  if (p >= text.size()) return "";
  size_t nl = text.find('\n', p);
  std::string snippet = text.substr(p, nl == std::string::npos ? std::string::npos : nl + 1 - p);
  if (snippet.back() != '\n') snippet += '\n';
  for (char c : snippet)
    if (static_cast<unsigned char>(c) >= 0x80) return "";   // ASCII only, as CRuby 3.1
  std::string marker;
  for (size_t i = 0; i < beg && i < snippet.size(); ++i) marker += snippet[i] == '\t' ? '\t' : ' ';
  marker.append(end - beg, '^');
  return "\n\n" + snippet + marker;
}

// NameError#to_s with error_highlight's snippet (CRuby 3.1 prepends ErrorHighlight::
// CoreExt to NameError): the message, then the line and marker unless already there.
NATIVE(name_err_to_s) {
  Value msg = exc_to_s(vm, self, argc, argv, block);
  std::string points = error_highlight_points(vm, self);
  if (points.empty() || !is_string(msg)) return msg;
  std::string m = str_std(msg);
  if (m.find(points) != std::string::npos) return msg;
  return str_new(vm, m + points);
}

static Value reader(Vm& vm, Value self, const char* ivar) { return vm.ivar_get(self, intern(ivar)); }
NATIVE(name_err_name) { UNUSED_ARGS; return reader(vm, self, "@name"); }
// Takes a trailing receiver: keyword into @receiver; returns the count of the other arguments.
static int take_receiver(Vm& vm, Value self, int argc, const Value* argv) {
  if (argc == 0 || !is_hash(argv[argc - 1])) return argc;
  Value r = hash_lookup(vm, argv[argc - 1], sym_value("receiver"));
  if (!r.is_undef()) vm.ivar_set(self, intern("@receiver"), r);
  return argc - 1;
}
NATIVE(name_err_initialize) {
  UNUSED_ARGS;
  int n = take_receiver(vm, self, argc, argv);
  vm.ivar_set(self, kMsg(), n > 0 ? argv[0] : Value::nil());
  if (n > 1) vm.ivar_set(self, intern("@name"), argv[1]);
  note_name_error_scope(vm, self);
  return Value::nil();
}
NATIVE(key_err_initialize) {
  UNUSED_ARGS;
  int n = argc;
  if (n > 0 && is_hash(argv[n - 1])) {
    Value r = hash_lookup(vm, argv[n - 1], sym_value("receiver"));
    if (!r.is_undef()) vm.ivar_set(self, intern("@receiver"), r);
    Value k = hash_lookup(vm, argv[n - 1], sym_value("key"));
    if (!k.is_undef()) vm.ivar_set(self, intern("@key"), k);
    --n;
  }
  vm.ivar_set(self, kMsg(), n > 0 ? argv[0] : Value::nil());
  return Value::nil();
}
NATIVE(frozen_err_initialize) {
  UNUSED_ARGS;
  int n = take_receiver(vm, self, argc, argv);
  check_args(vm, n, 0, 1);
  vm.ivar_set(self, kMsg(), n > 0 ? argv[0] : Value::nil());
  return Value::nil();
}
// KeyError#key: ArgumentError when the error was made without one.
NATIVE(key_err_key) {
  UNUSED_ARGS;
  if (!vm.ivar_defined(self, intern("@key"))) vm.raise(vm.eArgumentError, "no key is available");
  return reader(vm, self, "@key");
}
NATIVE(load_err_path) { UNUSED_ARGS; return reader(vm, self, "@path"); }
NATIVE(stop_result) { UNUSED_ARGS; return reader(vm, self, "@result"); }
NATIVE(exit_status) {
  UNUSED_ARGS;
  Value s = reader(vm, self, "@status");
  return s.is_nil() ? Value::fixnum(0) : s;
}
NATIVE(exit_success) {
  UNUSED_ARGS;
  Value s = reader(vm, self, "@status");
  return Value::boolean(s.is_nil() || s == Value::fixnum(0));
}
NATIVE(exit_initialize) {
  UNUSED_ARGS;
  int status = 0;
  int i = 0;
  if (argc > 0 && (argv[0].is_fixnum() || argv[0].is_true() || argv[0].is_false())) {
    status = argv[0].is_true() ? 0 : argv[0].is_false() ? 1 : static_cast<int>(argv[0].fixnum_value());
    i = 1;
  }
  vm.ivar_set(self, intern("@status"), Value::fixnum(status));
  vm.ivar_set(self, kMsg(), i < argc ? argv[i] : Value::nil());   // nil: the class name
  return Value::nil();
}
NATIVE(nomethod_initialize) {
  UNUSED_ARGS;
  int n = argc;
  if (n > 0 && is_hash(argv[n - 1]) && vm.kw_passed) {
    Value r = hash_lookup(vm, argv[n - 1], sym_value("receiver"));
    if (!r.is_undef()) vm.ivar_set(self, intern("@receiver"), r);
    --n;
  }
  check_args(vm, n, 0, 4);
  vm.ivar_set(self, kMsg(), n > 0 ? argv[0] : Value::nil());
  vm.ivar_set(self, intern("@name"), n > 1 ? argv[1] : Value::nil());
  vm.ivar_set(self, intern("@args"), n > 2 ? argv[2] : ary_new(vm));
  if (n > 3) vm.ivar_set(self, intern("__private_call"), Value::boolean(argv[3].truthy()));
  note_name_error_scope(vm, self);
  return Value::nil();
}
NATIVE(nomethod_args) {
  UNUSED_ARGS;
  Value a = reader(vm, self, "@args");
  return a.is_nil() ? ary_new(vm) : a;
}
// NameError#local_variables: the locals of the scope an undefined local variable or
// method was named in (innermost first), [] for other NameErrors.
NATIVE(name_err_local_variables) {
  UNUSED_ARGS;
  Value names = ary_new(vm);
  Value code = reader(vm, self, "__lvar_code");
  if (code.is_nil()) return names;
  const Code* c = code.as<RCode>()->code;
  append_local_names(vm, names, c, static_cast<uint32_t>(c->local_names.size()));
  Value outer = reader(vm, self, "__lvar_outer");
  for (REnv* env = outer.is_nil() ? nullptr : outer.as<REnv>(); env; env = env->outer)
    if (env->code) append_local_names(vm, names, env->code->code, env->n);
  return names;
}
// NoMethodError#private_call?: the call had no receiver (or `self.`), so private
// methods were candidates (did_you_mean suggests them).
NATIVE(nomethod_private_call_p) {
  UNUSED_ARGS;
  return Value::boolean(reader(vm, self, "__private_call").truthy());
}
NATIVE(name_err_receiver_checked) {
  UNUSED_ARGS;
  if (!vm.ivar_defined(self, intern("@receiver"))) vm.raise(vm.eArgumentError, "no receiver is available");
  return reader(vm, self, "@receiver");
}
// LocalJumpError#reason from the message the interpreter raised with.
NATIVE(ljump_reason) {
  UNUSED_ARGS;
  Value r = reader(vm, self, "@reason");
  if (!r.is_nil()) return r;
  std::string m = vm.to_s(vm.call(self, sym::message));
  if (m.rfind("break", 0) == 0) return sym_value("break");
  if (m == "unexpected return") return sym_value("return");
  if (m.find("next") != std::string::npos) return sym_value("next");
  if (m.find("redo") != std::string::npos) return sym_value("redo");
  if (m.find("retry") != std::string::npos) return sym_value("retry");
  return sym_value("noreason");
}
NATIVE(ljump_exit_value) { UNUSED_ARGS; return reader(vm, self, "@exit_value"); }
NATIVE(throw_tag) { UNUSED_ARGS; return reader(vm, self, "@tag"); }
NATIVE(throw_value) { UNUSED_ARGS; return reader(vm, self, "@value"); }

void init_exception(Vm& vm) {
  RClass* e = vm.eException;
  define_native(vm, e, "initialize", exc_initialize, -1, Visibility::kPrivate);
  define_native(vm, singleton_class(vm, Value::object(e)), "exception", exc_s_exception, -1);
  define_native(vm, e, "exception", exc_exception, -1);
  define_native(vm, e, "to_s", exc_to_s, 0);
  define_native(vm, e, "message", exc_message, 0);
  define_native(vm, e, "inspect", exc_inspect, 0);
  define_native(vm, e, "backtrace", exc_backtrace, 0);
  define_native(vm, e, "set_backtrace", exc_set_backtrace, 1);
  define_native(vm, e, "backtrace_locations", exc_backtrace_locations, 0);
  define_native(vm, e, "cause", exc_cause, 0);
  define_native(vm, e, "==", exc_eq, 1);
  define_native(vm, e, "full_message", exc_full_message, -1);
  define_native(vm, vm.eNameError, "name", name_err_name, 0);
  define_native(vm, vm.eNameError, "to_s", name_err_to_s, 0);
  define_native(vm, vm.eNameError, "initialize", name_err_initialize, -1, Visibility::kPrivate);
  define_native(vm, vm.eKeyError, "initialize", key_err_initialize, -1, Visibility::kPrivate);
  define_native(vm, vm.eKeyError, "key", key_err_key, 0);
  define_native(vm, vm.eKeyError, "receiver", name_err_receiver_checked, 0);
  define_native(vm, vm.eFrozenError, "initialize", frozen_err_initialize, -1, Visibility::kPrivate);
  define_native(vm, vm.eFrozenError, "receiver", name_err_receiver_checked, 0);
  define_native(vm, vm.eStopIteration, "result", stop_result, 0);
  define_native(vm, vm.eLoadError, "path", load_err_path, 0);
  define_native(vm, vm.eSystemExit, "status", exit_status, 0);
  define_native(vm, vm.eSystemExit, "success?", exit_success, 0);
  define_native(vm, vm.eSystemExit, "initialize", exit_initialize, -1, Visibility::kPrivate);
  define_native(vm, vm.eUncaughtThrowError, "tag", throw_tag, 0);
  define_native(vm, vm.eNoMethodError, "initialize", nomethod_initialize, -1, Visibility::kPrivate);
  define_native(vm, vm.eNoMethodError, "args", nomethod_args, 0);
  define_native(vm, vm.eNoMethodError, "private_call?", nomethod_private_call_p, 0);
  define_native(vm, vm.eNameError, "local_variables", name_err_local_variables, 0);
  define_native(vm, vm.eNameError, "receiver", name_err_receiver_checked, 0);
  define_native(vm, vm.eLocalJumpError, "reason", ljump_reason, 0);
  define_native(vm, vm.eLocalJumpError, "exit_value", ljump_exit_value, 0);
  define_native(vm, vm.eUncaughtThrowError, "value", throw_value, 0);
  RClass* noerror = class_new(vm, vm.eSystemCallError, vm.mErrno, "NOERROR");
  vm.const_set(noerror, intern("Errno"), Value::fixnum(0));
  for (const ErrnoName& en : kErrnos) {
    RClass* c = class_new(vm, vm.eSystemCallError, vm.mErrno, en.name);
    vm.const_set(c, intern("Errno"), Value::fixnum(en.code));
  }
  for (const auto& a : kErrnoAliases)
    vm.const_set(vm.mErrno, intern(a.alias), vm.const_get(vm.mErrno, intern(a.name)));
}

}  // namespace maglev::vm
