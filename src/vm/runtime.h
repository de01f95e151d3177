// Vm: the state of one Ruby VM (one per process): heap, core classes, globals, the
// value stack and call frames, and the small API every core method uses (calling
// methods and blocks, raising, converting). Only the VM's thread may touch it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/compile/code.h"
#include "vm/gc/heap.h"
#include "vm/object/class.h"
#include "vm/object/symbol.h"

namespace maglev::vm {

namespace persist {
struct Store;
}

// One activation: a method, block, class body or program.
struct Frame {
  RCode* rcode;
  const Code* code;
  const uint32_t* pc;
  Value self;
  Value* locals;        // code->nlocals slots: on the value stack or env->slots
  Value* bp;            // operand stack base
  Value* sp;            // operand stack top (next free slot)
  REnv* env;            // own heap locals when code->needs_env
  REnv* outer;          // the enclosing scope's env (blocks, evals)
  Value block;          // block given to this frame's method (Proc or nil)
  MethodEntry* me;      // the method running (nullptr for top-level/class bodies)
  RClass* defined_class;  // the ancestor (class or iclass) `me` was found in (super)
  RClass* def_target;   // where `def` defines methods
  Value cref;           // lexical module nesting (see interp/cref.h)
  uint64_t serial;      // unique id of this activation
  uint64_t home;        // method activation that `return` leaves (self serial if method)
  uint64_t break_to;    // blocks: activation whose call `break` ends (0: not a block)
  Value* args;          // first argument as passed, on the value stack
  Value* call_sp;       // receiver slot of the call in progress (break lands here)
  int argc;
  Visibility vis;       // default visibility for `def` (private/public without args)
  bool modfunc;         // module_function without args is in effect
  Value svar_match;     // $~ of this method activation (blocks share their method's)
  bool lambda;          // lambda or method: `return` leaves this frame
  bool native_entry;    // the frame was entered from C++ (its leave returns to C++)
};
// kMaxFrames frames, sized once; enter() (interp/call.cc) sets every field of a frame it
// pushes and only frames below frame_top are read, so their memory is left untouched
// until used (gc/heap.h, UntouchedAllocator).
using FrameStack = std::vector<Frame, UntouchedAllocator<Frame>>;

// A native method running (for backtraces): entered while frames[frame - 1] was the top
// frame. Vm::native_calls holds them innermost last; NativeCallScope pushes and pops.
struct NativeCall {
  const MethodEntry* me;
  size_t frame;
};

// A Ruby exception in flight through C++ code (natives, the interpreter's callers).
struct RubyError {
  Value exception;
};

// Non-local exits that cross C++ frames (break/return out of a block called by a
// native method, throw/catch). Caught by the interpreter loop that owns the target.
struct NonLocalExit {
  enum Kind : uint8_t { kBreak, kReturn, kThrow, kRetry } kind;
  uint64_t target;      // frame serial (break/return) or catch tag serial (throw)
  Value value;
};

struct Vm;
// $~ is local to the running method activation (blocks share it with their method).
// `vm.last_match` reads and assigns it like a Value.
class LastMatch {
 public:
  explicit LastMatch(Vm* vm) : vm_(vm) {}
  operator Value() const;
  LastMatch& operator=(Value v);
  bool is_nil() const { return static_cast<Value>(*this).is_nil(); }
  Value outside = Value::nil();   // when no frame runs (boot)

 private:
  Vm* vm_;
};

struct Vm {
  Vm();
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  Heap heap;

  RClass* cBasicObject = nullptr;
  RClass* cObject = nullptr;
  RClass* cModule = nullptr;
  RClass* cClass = nullptr;
#define CLASS(f, n, s) RClass* f = nullptr;
#define MODULE(f, n) RClass* f = nullptr;
#include "vm/object/core_classes.def"
#undef CLASS
#undef MODULE

  RClass* eMathDomain = nullptr;   // Math::DomainError
  Value main_obj;
  Value top_cref;
  std::unordered_map<SymId, Value> globals;
  uint64_t global_serial = 1;     // method tables changed (inline caches)
  uint64_t const_serial = 1;      // constants changed
  uint64_t next_frame_serial = 1;

  // Value stack and frames.
  Value* stack_base = nullptr;     // kStackSlots values, mmap'd
  FrameStack frames;
  size_t frame_top = 0;           // frames[0..frame_top) are live
  std::vector<NativeCall> native_calls;   // natives running, innermost last (backtraces)
  Value* stack_limit = nullptr;
  // Lowest machine-stack address the running coroutine may reach before a call raises
  // SystemStackError (its stack's end plus a margin for raising and unwinding). Natives
  // that recurse through Ruby (inspect, ==, each with a block...) check it on every call.
  const char* c_stack_floor = nullptr;
  void check_c_stack() {
    if (static_cast<const char*>(__builtin_frame_address(0)) < c_stack_floor) raise_stack_too_deep();
  }
  [[noreturn]] void raise_stack_too_deep();

  // Program state.
  std::string script_name = "-";
  std::string e_script;           // the -e program text (error_highlight's snippets)
  std::vector<Value> at_exit_procs;
  LastMatch last_match{this};     // $~ (see LastMatch)
  Frame* svar_frame();            // the method activation owning $~ now
  Value errinfo;                  // $!
  int warning_level = 1;
  bool debug = false;
  std::vector<Value> extra_roots;  // objects the runtime keeps alive (e.g. DATA)
  Value pattern_cache;   // Regexps made from String patterns (core/regexp.cc to_pattern)
  std::vector<RCode*> postexe_done;
  std::unordered_map<std::string, Value> fstrings;   // deduplicated frozen literals
  std::vector<std::pair<Value, uint64_t>> catch_tags;   // active catch blocks
  std::unordered_map<SymId, SymId> gvar_aliases;
  bool booted = false;
  // Persistence (persist/): the repository connection once attached, the mode of
  // Maglev.persistent/transient, and where to attach when first needed.
  persist::Store* store = nullptr;
  bool persistent_mode = false;
  // The write barrier's record (object/objects.h): persistent objects changed since the
  // last commit or abort, each once (kFlagDirty). While barrier_paused > 0 (persist/ is
  // filling in objects from the repository) the barrier marks nothing.
  std::vector<RBasic*> dirty_objects;
  uint32_t barrier_paused = 0;
  std::string stone_name, repo_dir;
  bool kw_passed = false;
  std::vector<std::string> scratch_names;   // Regexp#names collection buffer          // the running native got keywords as its last Hash
  // Set when an operator the interpreter inlines is redefined (fast paths off).
  bool redefined_int_ops = false;
  bool redefined_float_ops = false;
  bool redefined_ary_ops = false;     // Array#[] or Array#<<
  bool redefined_str_ops = false;     // String#<<
  bool redefined_not = false;
  bool refined_int_to_s = false;      // some refinement defines Integer#to_s

  Visibility default_visibility(Frame* f) { return f->vis; }
  bool module_function_mode(Frame* f) { return f->modfunc; }
  void note_method_defined(RClass* klass, SymId name);
  bool is_special_gvar(SymId name);

  Frame* current() { return frame_top ? &frames[frame_top - 1] : nullptr; }

  // --- classes of values
  RClass* class_of(Value v) const {
    if (v.is_heap()) return v.heap()->klass;
    return immediate_class(v);
  }
  RClass* immediate_class(Value v) const {
    if (v.is_fixnum()) return cInteger;
    if (v.is_flonum()) return cFloat;
    if (v.is_symbol()) return cSymbol;
    if (v.is_nil()) return cNilClass;
    if (v.is_true()) return cTrueClass;
    if (v.is_false()) return cFalseClass;
    return cObject;
  }
  bool is_a(Value v, RClass* c) const { return class_inherits(class_of(v), c); }

  // --- calls (may raise RubyError / NonLocalExit)
  Value call(Value recv, SymId mid, int argc = 0, const Value* argv = nullptr,
             Value block = Value::nil());
  Value call(Value recv, SymId mid, std::initializer_list<Value> args) {
    return call(recv, mid, static_cast<int>(args.size()), args.begin());
  }
  // Calls even private methods (like send / an fcall).
  Value fcall(Value recv, SymId mid, int argc, const Value* argv, Value block = Value::nil(),
              bool kw = false);
  Value call_entry(MethodEntry* me, Value recv, int argc, const Value* argv, Value block,
                   bool kw = false, RClass* defined_class = nullptr);
  Value yield(Value block, int argc, const Value* argv);
  Value yield1(Value block, Value v) { return yield(block, 1, &v); }
  Value call_proc(RProc* proc, Value self, int argc, const Value* argv, Value block,
                  bool kw = false, RClass* def_target = nullptr);
  bool respond_to(Value v, SymId mid, bool include_private = false);
  // find_method through a cache of recent lookups (valid while no method table changed).
  MethodEntry* find_method_cached(RClass* klass, SymId mid);
  Value block_of_current_method();

  // --- errors
  [[noreturn]] void raise(Value exception);
  [[noreturn]] void raise(RClass* klass, const std::string& message);
  [[noreturn]] void raisef(RClass* klass, const char* fmt, ...)
      __attribute__((format(printf, 3, 4)));
  [[noreturn]] void raise_frozen(Value obj);
  [[noreturn]] void raise_arity(int given, int min, int max);   // max -1: unlimited
  [[noreturn]] void raise_type(Value v, const char* expected);  // no implicit conversion
  Value make_exception(RClass* klass, const std::string& message);
  // Before changing obj: raises FrozenError, and marks obj dirty (write barrier).
  void check_frozen(Value obj) {
    if (obj.is_heap() ? obj.heap()->frozen() : true) raise_frozen(obj);
    write_barrier(obj.heap());
  }

  // --- conversions used everywhere
  std::string inspect(Value v);      // v.inspect as a C++ string
  std::string to_s(Value v);         // v.to_s as a C++ string
  int64_t to_int64(Value v);         // Integer (or to_int) to int64 (RangeError beyond)
  double to_double(Value v);         // Float(v) for numerics (TypeError otherwise)
  bool equal(Value a, Value b);      // a == b
  bool eql(Value a, Value b);        // a.eql?(b)
  uint64_t hash_of(Value v);         // v.hash
  std::string class_name_of(Value v) { return class_path(*this, real_class(class_of(v))); }
  // Description used in error messages: "nil", "an instance of Foo" (3.1: "nil:NilClass").
  std::string describe_for_error(Value v);

  // --- globals and constants
  Value gvar_get(SymId name);
  void gvar_set(SymId name, Value v);
  Value const_get(RClass* klass, SymId name, bool inherit = true);   // raises NameError
  bool const_defined(RClass* klass, SymId name, bool inherit = true);
  void const_set(RClass* klass, SymId name, Value v);
  Value* const_lookup(RClass* klass, SymId name, bool inherit);      // nullptr if absent

  // --- instance variables of any object
  Value ivar_get(Value obj, SymId name);
  void ivar_set(Value obj, SymId name, Value v);
  bool ivar_defined(Value obj, SymId name);
  std::vector<SymId> ivar_names(Value obj);
  std::unordered_map<RBasic*, std::unordered_map<SymId, Value>> generic_ivars;
  std::unordered_map<RBasic*, std::vector<SymId>> generic_ivar_order;

  // --- program entry points (interp/)
  Value run_code(RCode* code, Value self, Value cref, RClass* def_target, REnv* outer);
  // `def_target`: where `def` defines (instance_eval's singleton class); null: the
  // caller's (or the binding's) as eval does.
  Value eval_string(const std::string& source, const std::string& file, int line,
                    Value self, Value binding, RClass* def_target = nullptr);
  // module_eval with a string: self and def target are the module, cref inside it.
  Value eval_module_string(const std::string& source, const std::string& file, int line,
                           RClass* klass, Value cref);
  std::string current_file();
  int current_line();
  std::vector<std::string> backtrace(int skip = 0);

  void mark_roots();
  uint64_t new_frame_serial() { return next_frame_serial++; }
};

// The VM of this process (set while a program runs).
Vm& the_vm();

}  // namespace maglev::vm
