// Raising Ruby exceptions from C++: building exception objects with CRuby's messages,
// attaching the backtrace and cause, and describing frames (file, line, label).
#include <algorithm>
#include <cstdarg>
#include <cstdio>

#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/object/array.h"
#include "vm/object/string.h"

namespace maglev::vm {

namespace exc_ivar {
SymId message() { static SymId s = intern("__message"); return s; }
SymId backtrace() { static SymId s = intern("__backtrace"); return s; }
SymId cause() { static SymId s = intern("__cause"); return s; }
}  // namespace exc_ivar

Value Vm::make_exception(RClass* klass, const std::string& message) {
  auto* o = heap.make<RObject>(HeapType::kObject, klass);
  o->ivs = o->inline_ivs;
  o->ivcap = RObject::kInline;
  Value e = Value::object(o);
  ivar_set(e, exc_ivar::message(), str_new(*this, message));
  return e;
}

void note_name_error_scope(Vm& vm, Value exc) {
  Frame* f = vm.current();
  if (f == nullptr || f->rcode == nullptr) return;
  vm.ivar_set(exc, intern("__lvar_code"), Value::object(f->rcode));
  vm.ivar_set(exc, intern("__lvar_outer"), f->outer ? Value::object(f->outer) : Value::nil());
}

static std::string frame_label(const Frame& f) {
  return f.code ? f.code->name : "?";
}

// The line a frame is at: that of the instruction it runs (or called from).
static int frame_line(const Frame& f) {
  auto pc = static_cast<uint32_t>(f.pc - f.code->insns.data());
  return f.code->line_at(pc > 0 ? pc - 1 : 0);
}

static bool is_internal(const Frame& f) { return f.code->file.rfind("<internal:", 0) == 0; }

// The rescue/ensure handlers whose code the frame is running, outermost first.
static std::vector<const CatchEntry*> handler_chain(const Frame& f) {
  std::vector<const CatchEntry*> out;
  auto pc = static_cast<uint32_t>(f.pc - f.code->insns.data());
  uint32_t at = pc > 0 ? pc - 1 : 0;
  for (const CatchEntry& c : f.code->catches)
    if (c.handler <= at && at < c.handler_end) out.push_back(&c);
  std::sort(out.begin(), out.end(), [](const CatchEntry* a, const CatchEntry* b) {
    return a->handler != b->handler ? a->handler < b->handler : a->handler_end > b->handler_end;
  });
  return out;
}

// Natives that make the backtrace (or raise) are not part of it, as in CRuby.
static bool hidden_native(const MethodEntry* me) {
  static const SymId names[] = {intern("raise"), intern("fail"), intern("caller"),
                                intern("caller_locations")};
  for (SymId n : names)
    if (me->name == n) return true;
  return false;
}

std::vector<std::string> Vm::backtrace(int skip) {
  std::vector<std::string> out;
  size_t nc = native_calls.size();
  // Natives entered above the live frames (a fiber switched, an unwound frame) are stale.
  while (nc > 0 && native_calls[nc - 1].frame > frame_top) --nc;
  if (nc > 0 && native_calls[nc - 1].frame == frame_top && hidden_native(native_calls[nc - 1].me))
    --nc;
  auto emit = [&](const std::string& line) {
    if (skip > 0) --skip;
    else out.push_back(line);
  };
  for (size_t i = frame_top; i-- > 0;) {
    const Frame& f = frames[i];
    if (f.code == nullptr) continue;
    int line = frame_line(f);
    std::string where = f.code->file + ":" + std::to_string(line);
    // natives called from this frame, innermost first, at this frame's line (not those
    // of core methods written in Ruby, which are C functions in CRuby)
    for (; nc > 0 && native_calls[nc - 1].frame == i + 1; --nc)
      if (!is_internal(f)) emit(where + ":in `" + sym_name(native_calls[nc - 1].me->name) + "'");
    // running rescue/ensure clauses: CRuby's `rescue in foo` frames, innermost first
    std::vector<const CatchEntry*> clauses = handler_chain(f);
    std::vector<std::string> labels{frame_label(f)};
    for (const CatchEntry* c : clauses)
      labels.push_back((c->kind == CatchEntry::kRescue ? "rescue in " : "ensure in ") + labels.back());
    for (size_t k = clauses.size() + 1; k-- > 0;) {
      emit(f.code->file + ":" + std::to_string(line) + ":in `" + labels[k] + "'");
      if (k > 0 && clauses[k - 1]->kind == CatchEntry::kRescue) line = clauses[k - 1]->line;
    }
  }
  return out;
}

std::string Vm::current_file() {
  for (size_t i = frame_top; i-- > 0;)
    if (frames[i].code) return frames[i].code->file;
  return script_name;
}

int Vm::current_line() {
  for (size_t i = frame_top; i-- > 0;)
    if (frames[i].code != nullptr) return frame_line(frames[i]);
  return 0;
}

// error_highlight: a NameError remembers the spot (compile/spot.h) of the instruction
// the innermost Ruby frame was running, as [file, line, beg_col, end_col]. Core methods
// written in Ruby count as C functions, whose errors CRuby places at their caller.
static void record_spot(Vm& vm, Value exception) {
  for (size_t i = vm.frame_top; i-- > 0;) {
    const Frame& f = vm.frames[i];
    if (f.code == nullptr || is_internal(f)) continue;
    auto pc = static_cast<uint32_t>(f.pc - f.code->insns.data());
    const CodeSpot* s = f.code->spot_at(pc > 0 ? pc - 1 : 0);
    if (s != nullptr)
      vm.ivar_set(exception, intern("__spot"),
                  ary_of(vm, {str_new(vm, f.code->file), Value::fixnum(s->line),
                              Value::fixnum(s->beg_col), Value::fixnum(s->end_col)}));
    return;
  }
}

void Vm::raise(Value exception) {
  prepare_raise(*this, exception);
  throw RubyError{exception};
}

void prepare_raise(Vm& vm, Value exception) {
  if (vm.ivar_get(exception, exc_ivar::backtrace()).is_nil()) {
    std::vector<std::string> bt = vm.backtrace();
    Value arr = ary_new(vm, static_cast<int64_t>(bt.size()));
    for (const std::string& line : bt) ary_push(vm, arr, str_new(vm, line));
    vm.ivar_set(exception, exc_ivar::backtrace(), arr);
    if (vm.is_a(exception, vm.eNameError)) record_spot(vm, exception);
  }
  if (!vm.ivar_defined(exception, exc_ivar::cause()) && vm.errinfo != exception)
    vm.ivar_set(exception, exc_ivar::cause(), vm.errinfo);
}

void raise_local_jump(Vm& vm, const char* message, const char* reason, Value value) {
  Value e = vm.make_exception(vm.eLocalJumpError, message);
  vm.ivar_set(e, intern("@reason"), Value::symbol(intern(reason)));
  vm.ivar_set(e, intern("@exit_value"), value);
  vm.raise(e);
}

void Vm::raise(RClass* klass, const std::string& message) {
  raise(make_exception(klass, message));
}

void Vm::raisef(RClass* klass, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  raise(klass, buf);
}

// "can't modify frozen K: obj", K the object's singleton class when it has one (CLASS_OF).
void Vm::raise_frozen(Value obj) {
  RClass* single = obj.is_heap() ? existing_singleton(*this, obj) : nullptr;
  std::string k = single ? inspect(Value::object(single)) : class_name_of(obj);
  if (!single && obj.is_heap() && obj.heap()->type == HeapType::kClass &&
      obj.as<RClass>()->kind == ClassKind::kClass)
    k = "#<Class:" + inspect(obj) + ">";   // a class always has its metaclass in CRuby
  Value e = make_exception(eFrozenError, "can't modify frozen " + k + ": " + inspect(obj));
  ivar_set(e, intern("@receiver"), obj);
  raise(e);
}

void Vm::raise_arity(int given, int min, int max) {
  std::string s = "wrong number of arguments (given " + std::to_string(given) + ", expected " +
                  std::to_string(min);
  if (max < 0) s += "+";
  else if (max != min) s += ".." + std::to_string(max);
  raise(eArgumentError, s + ")");
}

void Vm::raise_type(Value v, const char* expected) {
  std::string got = v.is_nil() ? "nil" : v.is_true() ? "true" : v.is_false() ? "false"
                                                                             : class_name_of(v);
  raise(eTypeError, "no implicit conversion of " + got + " into " + expected);
}

std::string Vm::describe_for_error(Value v) {
  if (v.is_nil()) return "nil:NilClass";
  if (v.is_true()) return "true:TrueClass";
  if (v.is_false()) return "false:FalseClass";
  if (v == main_obj) return "main:Object";
  // An inspect that fails the same way would describe its receiver again, without end:
  // past a few nested descriptions, and for a BasicObject (no inspect), any_to_s.
  static thread_local int nesting = 0;
  struct Nest {
    Nest() { ++nesting; }
    ~Nest() { --nesting; }
  } nest;
  std::string d;
  try {
    if (nesting <= 4 && respond_to(v, sym::inspect, true)) d = inspect(v);
  } catch (RubyError&) {
    d.clear();
  }
  if (d.empty() || d.size() > 65) d = str_std(any_to_s(*this, v));
  if (!d.empty() && d[0] == '#') return d;
  return d + ":" + class_name_of(v);
}

}  // namespace maglev::vm
