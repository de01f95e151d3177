// The interpreter's internal interface shared by interp/*.cc: pushing frames,
// binding arguments to parameters, running the dispatch loop, making blocks.
// Not for core/: core methods use the Vm API in runtime.h.
#pragma once

#include <utility>

#include "vm/runtime.h"

namespace maglev::vm {

inline constexpr size_t kMaxFrames = 10000;
inline constexpr size_t kStackSlots = 1 << 20;

// Runs frames from the current top until the frame at index `base` leaves; returns
// its value. Exceptions not handled at or above `base` propagate as C++ exceptions
// (the frames above base are popped first).
Value execute(Vm& vm, size_t base);

// What a new frame starts with: enter() (call.cc) binds the arguments, then
// push_bound_frame fills a frame from this.
struct FrameInit {
  RClass* defined_class;
  RCode* code;
  Value self;
  Value block;         // what yield and block_given? see
  Value arg_block;     // what a &blk parameter binds: the call's block only
  MethodEntry* me;
  REnv* outer;
  Value cref;
  RClass* def_target;
  uint64_t home;       // 0: the frame's own serial
  uint64_t break_to;
  bool lambda;         // strict arity (methods and lambdas)
  bool proc_args;      // block argument rules (auto-splat, lenient arity)
  bool native_entry;
  Visibility vis;      // default for `def` (private for a program's top level)
};

// The FrameInit of a call of the bytecode method `me` found in `where`.
inline FrameInit method_init(MethodEntry* me, Value recv, Value block, bool native_entry,
                             RClass* where) {
  FrameInit in{};
  in.defined_class = where;
  in.code = me->code;
  in.self = recv;
  in.block = block;
  in.arg_block = block;
  in.me = me;
  in.outer = nullptr;
  in.cref = me->cref;
  in.def_target = me->owner->kind == ClassKind::kIClass ? real_class(me->owner) : me->owner;
  in.lambda = true;
  in.native_entry = native_entry;
  return in;
}

// The FrameInit of a call of the block (or define_method body, when `me` is given) `proc`.
inline FrameInit proc_init(RProc* proc, Value self, Value block, bool native_entry,
                           RClass* def_target, MethodEntry* me, RClass* where = nullptr) {
  FrameInit in{};
  in.defined_class = me ? where : proc->defined_class;
  in.code = proc->code;
  in.self = self;
  in.block = proc->block;   // yield and block_given? see the defining method's block
  in.arg_block = block;
  in.me = me ? me : proc->me;
  in.outer = proc->env;
  in.cref = proc->cref;
  in.def_target = def_target ? def_target : proc->def_target;
  bool lambda = proc->basic.flags & kFlagLambda;
  in.home = lambda || me ? 0 : proc->home;
  in.break_to = lambda || me ? 0 : proc->break_to;
  in.lambda = lambda || me != nullptr;
  in.proc_args = !in.lambda;
  in.native_entry = native_entry;
  return in;
}

// Gives a frame whose code needs_env its heap Env (locals copied from the stack; its
// rcode and outer are set). Takes no FrameInit, so callers' FrameInits stay in registers.
void frame_make_env(Vm& vm, Frame* nf);

// Pushes a frame for in.code whose `argc` arguments are already bound in place at
// `args` (all nlocals slots filled), starting `start` words into the code. The caller
// checked the frame and value stack limits.
inline Frame* push_bound_frame(Vm& vm, const FrameInit& in, Value* args, int argc,
                               uint32_t start) {
  const Code* code = in.code->code;
  Frame* nf = &vm.frames[vm.frame_top++];
  nf->rcode = in.code;
  nf->code = code;
  nf->pc = code->insns.data() + start;
  nf->self = in.self;
  nf->locals = args;
  nf->bp = args + code->nlocals;
  nf->sp = nf->bp;
  nf->env = nullptr;
  nf->outer = in.outer;
  nf->block = in.block;
  nf->me = in.me;
  nf->defined_class = in.defined_class;
  nf->def_target = in.def_target;
  nf->cref = in.cref;
  nf->serial = vm.new_frame_serial();
  nf->home = in.home ? in.home : nf->serial;
  nf->break_to = in.break_to;
  nf->args = args;
  nf->argc = argc;
  nf->lambda = in.lambda;
  nf->native_entry = in.native_entry;
  nf->call_sp = nullptr;
  nf->vis = in.vis;
  nf->svar_match = Value::nil();
  nf->modfunc = false;
  if (code->needs_env) frame_make_env(vm, nf);
  return nf;
}

// Binds a kFastIseqKw call in place: the keyword values after the leading arguments at
// `args` (named by the Symbols at `names`) move to callee's keyword slots in its order
// (undef for those not given: their defaults run), the other locals become nil.
void bind_literal_kwargs(const Code* callee, const CallInfo* ci, const Value* names,
                         Value* args);

// Sets the locals args[from..nlocals) of a frame about to be pushed to nil. REQUIRES:
// frame_fits (the frame's slots and 64 more are inside the value stack), so the first
// four are stored whatever nlocals is (slots past it are the callee's free operand
// stack): a few stores instead of the loop the compiler vectorizes, whose set-up cost
// ~18 instructions per call for the usual zero to three locals.
inline void nil_locals(Value* args, uint32_t from, uint32_t nlocals) {
  if (from >= nlocals) return;   // the common case of no other locals: one test
  Value* p = args + from;
  p[0] = p[1] = p[2] = p[3] = Value::nil();
  for (uint32_t i = from + 4; i < nlocals; ++i) args[i] = Value::nil();
}

// True when a frame for `code` with its locals at `args` fits the frame and value stacks.
inline bool frame_fits(const Vm& vm, const Code* code, const Value* args) {
  return vm.frame_top < kMaxFrames - 2 &&
         args + code->nlocals + code->stack_max + 64 < vm.stack_limit;
}

// Records a native method call for the duration of a scope (Vm::native_calls), so
// backtraces show it as CRuby does (`in `each'`, `in `Integer'`).
class NativeCallScope {
 public:
  NativeCallScope(Vm& vm, const MethodEntry* me) : vm_(vm) {
    vm.native_calls.push_back(NativeCall{me, vm.frame_top});
  }
  ~NativeCallScope() { vm_.native_calls.pop_back(); }
  NativeCallScope(const NativeCallScope&) = delete;
  NativeCallScope& operator=(const NativeCallScope&) = delete;

 private:
  Vm& vm_;
};

// Exchanges a call site's two inline-cache entries (CallInfo::cache_class2).
inline void swap_call_cache(CallInfo* ci) {
  std::swap(ci->cache_class, ci->cache_class2);
  std::swap(ci->cache_serial, ci->cache_serial2);
  std::swap(ci->cache_entry, ci->cache_entry2);
  std::swap(ci->cache_where, ci->cache_where2);
  std::swap(ci->fast_slot, ci->fast_slot2);
  std::swap(ci->fast, ci->fast2);
}

// A Proc for a block literal of the current frame.
RProc* make_block(Vm& vm, Frame* f, RCode* code, bool lambda);

// The free top of the value stack (where C++ callers push arguments).
Value* stack_top(Vm& vm);

// Resolves a call's method for `recv` (honouring visibility) and invokes it from C++.
Value invoke(Vm& vm, Value recv, SymId mid, int argc, const Value* argv, Value block,
             bool fcall, bool kw);
// invoke with the refinements active in the lexical scope `scope` (a cref): send, &:sym.
Value invoke_in_scope(Vm& vm, Value scope, Value recv, SymId mid, int argc, const Value* argv,
                      Value block, bool fcall, bool kw);

// Records on a NameError the scope of the Ruby code running now (the innermost frame's
// code and enclosing locals), as CRuby keeps the iseq: NameError#local_variables names
// its locals when asked (did_you_mean), nothing is looked up before.
void note_name_error_scope(Vm& vm, Value exc);

// NoMethodError / NameError for a failed call (after method_missing declined).
[[noreturn]] void raise_no_method(Vm& vm, Value recv, SymId mid, bool vcall, bool fcall,
                                  MethodEntry* private_entry, bool super = false, int argc = 0,
                                  const Value* argv = nullptr);

// Converts a block argument (&x) to a Proc or nil (to_proc), raising TypeError.
Value to_block(Vm& vm, Value v);

// Constant lookup for the lexical scope `cref` (getconst). Raises NameError.
Value cref_const_get(Vm& vm, Value cref, SymId name);

// A direct-mapped cache of the constants getconst/getconst_top found, by instruction
// (the address of its operand). A line holds while no constant changed (const_serial)
// and no collection ran (so the code, the cref and the value it names are the same
// objects). Cleared when a Vm is made. const_missing results are not cached.
struct ConstCacheLine {
  const uint32_t* at;
  Value cref;
  uint64_t serial;
  size_t gc;
  Value value;
};
inline constexpr size_t kConstCacheLines = 512;
extern ConstCacheLine g_const_cache[kConstCacheLines];
void const_cache_clear();
inline ConstCacheLine* const_cache_hit(const Vm& vm, const uint32_t* at, Value cref) {
  ConstCacheLine* l = &g_const_cache[(reinterpret_cast<uintptr_t>(at) >> 2) & (kConstCacheLines - 1)];
  return l->at == at && l->cref == cref && l->serial == vm.const_serial &&
                 l->gc == vm.heap.collections()
             ? l
             : nullptr;
}
// The slow paths of getconst (cref_const_get) and getconst_top (Object's constant),
// filling the line of the instruction at `at`.
Value const_get_caching(Vm& vm, Value cref, SymId name, const uint32_t* at);
Value const_get_top_caching(Vm& vm, SymId name, const uint32_t* at);
bool cref_const_defined(Vm& vm, Value cref, SymId name);
RClass* cref_class(Vm& vm, Value cref);
Value cref_push(Vm& vm, Value cref, RClass* klass);

}  // namespace maglev::vm
