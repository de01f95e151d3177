// Calls: method lookup with inline caches, visibility, method_missing, entering
// bytecode frames (binding arguments to parameters with Ruby's rules for methods,
// lambdas and procs), native methods, blocks and the C++ -> Ruby call API.
#include <algorithm>
#include <array>

#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/interp/refinement.h"
#include "vm/object/array.h"
#include "vm/object/hash.h"
#include "vm/object/string.h"
#include "vm/snapshot/prelude_image.h"

namespace maglev::vm {

namespace {

std::string arity_text(int given, int min, int max) {
  std::string s = "wrong number of arguments (given " + std::to_string(given) + ", expected " +
                  std::to_string(min);
  if (max < 0) s += "+";
  else if (max != min) s += ".." + std::to_string(max);
  return s + ")";
}

std::string sym_list(const std::vector<SymId>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += ", ";
    s += ":" + sym_name(names[i]);
  }
  return s;
}

// Room for up to kSize Values on the C++ stack, left uninitialized (Value's constructor
// would store nil into every slot on each call).
union ScratchValues {
  static constexpr int kSize = 64;
  ScratchValues() {}
  Value v[kSize];
};

// Binds `argc` arguments at `args` to the parameters of `code`, in place, filling
// all nlocals slots. Returns the pc offset to start at (optional-argument entry).
uint32_t bind_args(Vm& vm, const Code* code, Value* args, int argc, bool kw, Value block,
                   bool strict, bool proc_args) {
  const ParamInfo& p = code->params;
  const uint32_t nlocals = code->nlocals;
  if (p.simple() && !kw) {
    if (argc == p.lead && !(proc_args && argc == 1 && p.lead > 1)) {
      for (uint32_t i = argc; i < nlocals; ++i) args[i] = Value::nil();
      return 0;
    }
    if (strict) vm.raise(vm.eArgumentError, arity_text(argc, p.lead, p.lead));
    // A block given more or fewer values than it has parameters (no auto-splat: that
    // needs one value and several parameters): extra values are dropped, missing nil.
    if (!(argc == 1 && p.lead > 1)) {
      for (uint32_t i = std::min<uint32_t>(static_cast<uint32_t>(argc), p.lead); i < nlocals; ++i)
        args[i] = Value::nil();
      return 0;
    }
  }
  // General path: copy the arguments aside, bind canonically, then scatter.
  ScratchValues small;
  std::vector<Value> big;
  Value* tmp = small.v;
  if (argc > ScratchValues::kSize) {
    big.assign(args, args + argc);
    tmp = big.data();
  } else {
    std::copy(args, args + argc, tmp);
  }
  RootScope root(vm.heap, big);
  int n = argc;
  Value kwhash = Value::undef();
  if (kw && n > 0) {
    if (p.has_kw() || p.kwrest) {
      kwhash = tmp[--n];
    } else if (is_hash(tmp[n - 1]) && hash_size(tmp[n - 1]) == 0) {
      --n;   // **{} passes nothing
    } else if (p.no_kw) {
      vm.raise(vm.eArgumentError, "no keywords accepted");
    } else if (p.ruby2_keywords) {
      tmp[n - 1] = hash_dup(vm, tmp[n - 1]);
      tmp[n - 1].heap()->flags |= kFlagRuby2Keywords;
    }
  }
  // CRuby 3.1's rule: a block auto-splats a single Array argument when it has required
  // parameters or two optional ones, unless its only parameter is one plain `|a|`
  // (ambiguous_param0); keywords play no part (3.2 changed that).
  bool ambiguous = p.lead == 1 && p.opt == 0 && !p.rest && p.post == 0 && !p.has_kw() &&
                   !p.kwrest && !p.trailing_comma;
  if (proc_args && !strict && n == 1 && !ambiguous && (p.lead + p.post > 0 || p.opt > 1)) {
    Value a = tmp[0];
    Value arr = is_array(a) ? a : Value::nil();
    if (arr.is_nil() && a.is_heap() && vm.respond_to(a, sym::to_ary, true)) {
      Value conv = vm.call(a, sym::to_ary);
      if (is_array(conv)) arr = conv;
      else if (!conv.is_nil())
        vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(a) + " to Array (" +
                                    vm.class_name_of(a) + "#to_ary gives " +
                                    vm.class_name_of(conv) + ")");
    }
    if (!arr.is_nil()) {
      big.assign(ary_ptr(arr)->ptr, ary_ptr(arr)->ptr + ary_len(arr));
      tmp = big.data();
      n = static_cast<int>(big.size());
    }
  }
  const int required = p.lead + p.post;
  if (strict && (n < required || (!p.rest && n > required + p.opt))) {
    std::string msg = arity_text(n, required, p.rest ? -1 : required + p.opt);
    std::vector<SymId> req_kw;
    for (size_t k = 0; k < p.kw_names.size(); ++k)
      if (p.kw_required[k]) req_kw.push_back(p.kw_names[k]);
    if (!req_kw.empty()) {
      msg.pop_back();
      msg += req_kw.size() > 1 ? "; required keywords: " : "; required keyword: ";
      for (size_t k = 0; k < req_kw.size(); ++k) msg += (k ? ", " : "") + sym_name(req_kw[k]);
      msg += ")";
    }
    vm.raise(vm.eArgumentError, msg);
  }
  ScratchValues canon_small;
  std::vector<Value> canon_big;
  size_t ncanon = p.slots.size();
  Value* canon = canon_small.v;
  if (ncanon > ScratchValues::kSize) {
    canon_big.resize(ncanon);
    canon = canon_big.data();
  }
  RootScope root2(vm.heap, canon_big);
  for (size_t i = 0; i < ncanon; ++i) canon[i] = Value::nil();
  size_t ci = 0;
  int avail = std::max(0, n - required);
  int nopt = std::min<int>(p.opt, avail);
  for (int i = 0; i < p.lead; ++i, ++ci)
    if (i < n) canon[ci] = tmp[i];
  for (int i = 0; i < p.opt; ++i, ++ci)
    if (i < nopt) canon[ci] = tmp[p.lead + i];
  int used = std::min(n, p.lead + nopt);
  if (p.rest) {
    int count = std::max(0, n - used - p.post);
    canon[ci++] = ary_from(vm, tmp + used, count);
    used += count;
  }
  for (int i = 0; i < p.post; ++i, ++ci)
    if (used + i < n) canon[ci] = tmp[used + i];
  if (p.has_kw() || p.kwrest) {
    Value rest = p.kwrest ? hash_new(vm) : Value::nil();
    std::vector<SymId> missing;
    for (size_t k = 0; k < p.kw_names.size(); ++k, ++ci) {
      Value v = kwhash.is_undef() ? Value::undef()
                                  : hash_lookup(vm, kwhash, Value::symbol(p.kw_names[k]));
      canon[ci] = v;
      if (v.is_undef() && p.kw_required[k]) missing.push_back(p.kw_names[k]);
    }
    if (!missing.empty())
      vm.raise(vm.eArgumentError,
               std::string(missing.size() > 1 ? "missing keywords: " : "missing keyword: ") +
                   sym_list(missing));
    if (!kwhash.is_undef()) {
      std::vector<Value> unknown;
      hash_each(kwhash, [&](Value key, Value val) {
        bool known = false;
        if (key.is_symbol())
          for (SymId name : p.kw_names) known = known || key.symbol_id() == name;
        if (known) return;
        if (p.kwrest) hash_aset(vm, rest, key, val);
        else unknown.push_back(key);
      });
      if (!unknown.empty() && strict) {
        std::string s = unknown.size() > 1 ? "unknown keywords: " : "unknown keyword: ";
        for (size_t i = 0; i < unknown.size(); ++i) s += (i ? ", " : "") + vm.inspect(unknown[i]);
        vm.raise(vm.eArgumentError, s);
      }
    }
    if (p.kwrest) canon[ci++] = rest;
  }
  if (p.block) canon[ci++] = block;
  for (uint32_t i = 0; i < nlocals; ++i) args[i] = Value::nil();
  for (size_t i = 0; i < ncanon; ++i) args[p.slots[i]] = canon[i];
  return p.opt > 0 ? p.opt_pcs[nopt] : 0;
}

Frame* enter(Vm& vm, const FrameInit& in, Value* args, int argc, bool kw) {
  snapshot::ensure_decoded(vm, in.code);   // a prelude method's first call
  const Code* code = in.code->code;
  if (!frame_fits(vm, code, args)) vm.raise_stack_too_deep();
  uint32_t start = 0;
  if (!kw && argc == code->params.lead && code->params.simple()) {
    nil_locals(args, static_cast<uint32_t>(argc), code->nlocals);
  } else {
    start = bind_args(vm, code, args, argc, kw, in.arg_block, in.lambda, in.proc_args);
  }
  return push_bound_frame(vm, in, args, argc, start);
}

// Makes room for and copies C++ arguments onto the value stack; the current top
// frame's sp is raised over them so the collector sees them while they bind.
Value* push_args(Vm& vm, int argc, const Value* argv, Value** saved_sp) {
  Frame* top = vm.current();
  Value* base = stack_top(vm);
  if (base + argc + 256 >= vm.stack_limit) vm.raise_stack_too_deep();
  std::copy(argv, argv + argc, base);
  *saved_sp = top ? top->sp : nullptr;
  if (top) top->sp = base + argc;
  return base;
}

Value run_native_entry(Vm& vm, const FrameInit& in, int argc, const Value* argv, bool kw) {
  vm.check_c_stack();
  Value* saved = nullptr;
  Value* base = push_args(vm, argc, argv, &saved);
  Frame* top = vm.frame_top ? &vm.frames[vm.frame_top - 1] : nullptr;
  Frame* nf;
  try {
    nf = enter(vm, in, base, argc, kw);
  } catch (...) {
    if (top) top->sp = saved;
    throw;
  }
  if (top) top->sp = saved;
  return execute(vm, static_cast<size_t>(nf - vm.frames.data()));
}

Value call_attr(Vm& vm, MethodEntry* me, Value recv, int argc, const Value* argv) {
  if (me->kind == MethodEntry::Kind::kAttrReader) {
    if (argc != 0) vm.raise_arity(argc, 0, 0);
    return vm.ivar_get(recv, me->ivar);
  }
  if (argc != 1) vm.raise_arity(argc, 1, 1);
  vm.ivar_set(recv, me->ivar, argv[0]);
  return argv[0];
}

// A direct-mapped cache in front of find_method for lookups by (class, name): call
// sites whose inline cache missed (polymorphic ones), invoke from C++, respond_to.
// Lines are valid while global_serial (bumped by every method table change) is theirs.
struct LookupLine {
  RClass* klass;
  SymId mid;
  uint64_t serial;
  MethodEntry* me;
  RClass* where;
};
LookupLine g_lookup[2048];

MethodEntry* cached_find_method(Vm& vm, RClass* klass, SymId mid, RClass** where) {
  size_t h = ((reinterpret_cast<uintptr_t>(klass) >> 4) ^ (mid * 0x9E3779B1u)) & 2047;
  LookupLine& l = g_lookup[h];
  if (l.klass == klass && l.mid == mid && l.serial == vm.global_serial) {
    if (where) *where = l.where;
    return l.me;
  }
  RClass* w = nullptr;
  MethodEntry* me = find_method(klass, mid, &w);
  l = LookupLine{klass, mid, vm.global_serial, me, w};
  if (where) *where = w;
  return me;
}

bool is_default_method_missing(Vm& vm, RClass* klass) {
  MethodEntry* mm = find_method(klass, sym::method_missing);
  return mm == nullptr || mm->owner == vm.cBasicObject;
}

}  // namespace

void frame_make_env(Vm& vm, Frame* nf) {
  const Code* code = nf->code;
  auto* env = vm.heap.make<REnv>(HeapType::kEnv, nullptr);
  env->n = code->nlocals;
  env->slots = env->n <= REnv::kInline ? env->inline_slots : new Value[env->n];
  for (uint32_t i = 0; i < env->n; ++i) env->slots[i] = nf->locals[i];
  env->outer = nf->outer;
  env->code = nf->rcode;
  nf->env = env;
  nf->locals = env->slots;
}

Value to_block(Vm& vm, Value v) {
  if (v.is_nil()) return v;
  if (v.is_heap() && v.heap()->type == HeapType::kProc) return v;
  Value p = vm.call(v, sym::to_proc);
  if (!(p.is_heap() && p.heap()->type == HeapType::kProc))
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(v) + " (expected Proc)");
  return p;
}

RProc* make_block(Vm& vm, Frame* f, RCode* code, bool lambda) {
  auto* p = vm.heap.make<RProc>(HeapType::kProc, vm.cProc);
  p->code = code;
  p->env = f->env;
  p->self = f->self;
  p->native = Value::undef();
  p->home = f->home;
  p->break_to = lambda ? 0 : f->serial;
  p->cref = f->cref;
  p->def_target = f->def_target;
  p->block = f->block;
  p->me = f->me;
  p->defined_class = f->defined_class;
  if (lambda) p->basic.flags |= kFlagLambda;
  return p;
}

bool caller_passed_block_arg(Vm& vm) {
  Frame* f = vm.current();
  if (f == nullptr || f->code == nullptr) return false;
  const uint32_t* start = f->code->insns.data();
  if (f->pc - start < 2 || f->pc[-2] != op_send) return false;
  return f->code->calls[f->pc[-1]].flags & kCallBlockArg;
}

bool frame_alive(Vm& vm, uint64_t serial) {
  for (size_t i = vm.frame_top; i-- > 0;)
    if (vm.frames[i].serial == serial) return true;
  return false;
}

[[noreturn]] void raise_no_method(Vm& vm, Value recv, SymId mid, bool vcall, bool fcall,
                                  MethodEntry* entry, bool super, int argc, const Value* argv) {
  std::string desc = vm.describe_for_error(recv);
  const std::string& name = sym_name(mid);
  if (entry != nullptr) {
    const char* what = entry->vis == Visibility::kProtected ? "protected" : "private";
    Value e = vm.make_exception(vm.eNoMethodError,
                                std::string(what) + " method `" + name + "' called for " + desc);
    vm.ivar_set(e, intern("@name"), Value::symbol(mid));
    vm.ivar_set(e, intern("@receiver"), recv);
    vm.raise(e);
  }
  if (vcall) {
    Value e = vm.make_exception(vm.eNameError,
                                "undefined local variable or method `" + name + "' for " + desc);
    vm.ivar_set(e, intern("@name"), Value::symbol(mid));
    vm.ivar_set(e, intern("@receiver"), recv);
    note_name_error_scope(vm, e);
    vm.raise(e);
  }
  Value e = vm.make_exception(vm.eNoMethodError,
                              (super ? "super: no superclass method `" : "undefined method `") +
                                  name + "' for " + desc);
  vm.ivar_set(e, intern("@name"), Value::symbol(mid));
  vm.ivar_set(e, intern("@receiver"), recv);
  if (fcall) vm.ivar_set(e, intern("__private_call"), Value::t());
  note_name_error_scope(vm, e);
  vm.ivar_set(e, intern("@args"), ary_from(vm, argv, argc));
  vm.raise(e);
}

static Value call_method_missing(Vm& vm, Value recv, SymId mid, int argc, const Value* argv,
                                 Value block, bool vcall, bool fcall, bool kw,
                                 MethodEntry* hidden, bool super = false) {
  RClass* klass = vm.class_of(recv);
  if (hidden != nullptr || is_default_method_missing(vm, klass))
    raise_no_method(vm, recv, mid, vcall, fcall, hidden, super, argc, argv);
  std::vector<Value> args;
  args.reserve(argc + 1);
  args.push_back(Value::symbol(mid));
  args.insert(args.end(), argv, argv + argc);
  RootScope root(vm.heap, args);
  return vm.call_entry(find_method(klass, sym::method_missing), recv,
                       static_cast<int>(args.size()), args.data(), block, kw);
}

Value Vm::call_entry(MethodEntry* me, Value recv, int argc, const Value* argv, Value block,
                     bool kw, RClass* where) {
  switch (me->kind) {
    case MethodEntry::Kind::kNative:
      check_c_stack();
      if (kw && argc > 0 && is_hash(argv[argc - 1]) && hash_size(argv[argc - 1]) == 0) {
        --argc;   // **{} passes nothing
        kw = false;
      }
      if (me->arity >= 0 && argc != me->arity) raise_arity(argc, me->arity, me->arity);
      kw_passed = kw;
      {
        NativeCallScope scope(*this, me);
        return me->fn(*this, recv, argc, argv, block);
      }
    case MethodEntry::Kind::kBytecode:
      return run_native_entry(*this, method_init(me, recv, block, true, where), argc,
                              argv, kw);
    case MethodEntry::Kind::kAttrReader:
    case MethodEntry::Kind::kAttrWriter:
      return call_attr(*this, me, recv, argc, argv);
    case MethodEntry::Kind::kProc: {
      RClass* target = me->owner;
      return run_native_entry(*this, proc_init(me->proc, recv, block, true, target, me, where),
                              argc, argv, kw);
    }
    case MethodEntry::Kind::kUndefined:
      break;
  }
  raise_no_method(*this, recv, me->name, false, true, nullptr);
}

// invoke's second half: calls `me` (found in `where`; nullptr when there is none).
static inline Value invoke_entry(Vm& vm, Value recv, SymId mid, MethodEntry* me, RClass* where,
                                 int argc, const Value* argv, Value block, bool fcall, bool kw) {
  if (me == nullptr)
    return call_method_missing(vm, recv, mid, argc, argv, block, false, fcall, kw, nullptr);
  if (!fcall && me->vis != Visibility::kPublic) {
    if (me->vis == Visibility::kPrivate || me->vis == Visibility::kModuleFunction ||
        !vm.is_a(vm.current() ? vm.current()->self : Value::nil(), real_class(me->owner)))
      return call_method_missing(vm, recv, mid, argc, argv, block, false, fcall, kw, me);
  }
  return vm.call_entry(me, recv, argc, argv, block, kw, where);
}

Value invoke(Vm& vm, Value recv, SymId mid, int argc, const Value* argv, Value block,
             bool fcall, bool kw) {
  RClass* where = nullptr;
  MethodEntry* me = cached_find_method(vm, vm.class_of(recv), mid, &where);
  return invoke_entry(vm, recv, mid, me, where, argc, argv, block, fcall, kw);
}

Value invoke_in_scope(Vm& vm, Value scope, Value recv, SymId mid, int argc, const Value* argv,
                      Value block, bool fcall, bool kw) {
  RClass* where = nullptr;
  MethodEntry* me = cached_find_method(vm, vm.class_of(recv), mid, &where);
  if (cref_refined(scope)) me = refined_find_method(vm, scope, vm.class_of(recv), mid, me, &where);
  return invoke_entry(vm, recv, mid, me, where, argc, argv, block, fcall, kw);
}

Value Vm::call(Value recv, SymId mid, int argc, const Value* argv, Value block) {
  return invoke(*this, recv, mid, argc, argv, block, true, false);
}

Value Vm::fcall(Value recv, SymId mid, int argc, const Value* argv, Value block, bool kw) {
  return invoke(*this, recv, mid, argc, argv, block, true, kw);
}

MethodEntry* Vm::find_method_cached(RClass* klass, SymId mid) {
  return cached_find_method(*this, klass, mid, nullptr);
}

bool Vm::respond_to(Value v, SymId mid, bool include_private) {
  MethodEntry* me = cached_find_method(*this, class_of(v), mid, nullptr);
  if (me != nullptr) return include_private || me->vis == Visibility::kPublic;
  MethodEntry* rtm = find_method(class_of(v), sym::respond_to_missing_p);
  if (rtm != nullptr && rtm->owner != cObject && rtm->owner != mKernel) {
    Value args[2] = {Value::symbol(mid), Value::boolean(include_private)};
    return call_entry(rtm, v, 2, args, Value::nil()).truthy();
  }
  return false;
}

Value Vm::call_proc(RProc* proc, Value self, int argc, const Value* argv, Value block, bool kw,
                    RClass* def_target) {
  if (proc->code == nullptr) {
    Value native = proc->native;
    if (native.is_symbol()) {   // &:sym
      if (argc < 1) raise(eArgumentError, "no receiver given");
      return invoke_in_scope(*this, proc->cref, argv[0], native.symbol_id(), argc - 1, argv + 1,
                             block, false, kw);
    }
    RMethod* m = native.as<RMethod>();
    return call_entry(m->entry, m->receiver, argc, argv, block, kw);
  }
  return run_native_entry(*this, proc_init(proc, self, block, true, def_target, nullptr), argc,
                          argv, kw);
}

Value Vm::yield(Value block, int argc, const Value* argv) {
  if (!block.is_heap()) raise(eLocalJumpError, "no block given (yield)");
  RProc* p = block.as<RProc>();
  return call_proc(p, p->self, argc, argv, Value::nil());
}

// --- from bytecode ------------------------------------------------------------

// Without keywords, a ruby2_keywords Hash splatted last is passed as keywords (*kw set).
static Value* expand_splat(Vm& vm, Value* sp, int* argc, bool* kw) {
  Value kwh = *kw ? *--sp : Value::undef();
  Value arr = splat_to_array(vm, *--sp);
  int64_t n = ary_len(arr);
  if (sp + n + 256 >= vm.stack_limit) vm.raise_stack_too_deep();
  Value kw_copy = Value::undef();   // made before the copy, while `arr` holds the rest
  if (!*kw && n > 0) {
    Value last = ary_ptr(arr)->ptr[n - 1];
    if (is_hash(last) && (last.heap()->flags & kFlagRuby2Keywords)) kw_copy = hash_dup(vm, last);
  }
  for (int64_t i = 0; i < n; ++i) *sp++ = ary_ptr(arr)->ptr[i];
  *argc = static_cast<int>(n);
  if (*kw) {
    *sp++ = kwh;
    ++*argc;
  } else if (!kw_copy.is_undef()) {
    sp[-1] = kw_copy;
    *kw = true;
  }
  return sp;
}

// Whether bind_literal_kwargs can bind the call `ci` (keyword names at `names`) to
// `callee`: positional arguments exactly its leading ones, keyword parameters only, every
// keyword given known and every required one given.
static bool literal_kwargs_fit(const Code& callee, const CallInfo& ci, const Value* names) {
  const ParamInfo& p = callee.params;
  if (p.opt || p.rest || p.post || p.kwrest || p.block || p.forward || p.trailing_comma ||
      !p.identity_slots || !p.has_kw() || ci.argc - ci.kwc != p.lead || ci.kwc > 32)
    return false;
  for (uint16_t j = 0; j < ci.kwc; ++j)
    if (std::find(p.kw_names.begin(), p.kw_names.end(), names[j].symbol_id()) == p.kw_names.end())
      return false;
  for (size_t k = 0; k < p.kw_names.size(); ++k) {
    bool given = false;
    for (uint16_t j = 0; j < ci.kwc; ++j) given = given || names[j].symbol_id() == p.kw_names[k];
    if (p.kw_required[k] && !given) return false;
  }
  return true;
}

// Decides ci->fast for a cache just filled with `me` for receivers of class `klass`
// (`recv` is one of them; `f` the calling frame).
static void fill_fast(Vm& vm, const Frame* f, CallInfo* ci, MethodEntry* me, RClass* klass,
                      Value recv) {
  ci->fast = kFastNone;
  if (me == nullptr || (ci->flags & (kCallSplat | kCallBlockArg | kCallKwHash | kCallZsuper)))
    return;
  bool visible = me->vis == Visibility::kPublic || (ci->flags & kCallFcall) ||
                 ((ci->flags & kCallSelfRecv) && me->vis == Visibility::kPrivate);
  if (!visible) return;
  if (me->kind == MethodEntry::Kind::kBytecode) snapshot::ensure_decoded(vm, me->code);
  if (ci->flags & kCallKwArgs) {
    if (me->kind == MethodEntry::Kind::kBytecode &&
        literal_kwargs_fit(*me->code->code, *ci, &f->code->literals[ci->kw_lit]))
      ci->fast = kFastIseqKw;
    return;
  }
  switch (me->kind) {
    case MethodEntry::Kind::kBytecode: {
      // Leading and optional parameters only: the arguments stay where they are and
      // the frame starts at the entry for the optionals given (fast_slot).
      const ParamInfo& p = me->code->code->params;
      if (p.rest || p.post || p.has_kw() || p.kwrest || p.block || p.forward ||
          p.trailing_comma || !p.identity_slots || ci->argc < p.lead ||
          ci->argc > p.lead + p.opt)
        return;
      ci->fast_slot = p.opt > 0 ? p.opt_pcs[ci->argc - p.lead] : 0;
      ci->fast = kFastIseq;
      return;
    }
    case MethodEntry::Kind::kNative:
      if (me->arity < 0 || me->arity == ci->argc) ci->fast = kFastNative;
      return;
    case MethodEntry::Kind::kAttrReader:
    case MethodEntry::Kind::kAttrWriter: {
      bool reader = me->kind == MethodEntry::Kind::kAttrReader;
      RClass* base = real_class(klass);
      if (ci->argc != (reader ? 0 : 1) || ci->block >= 0 || base == nullptr ||
          !recv.is_heap() || recv.heap()->type != HeapType::kObject)
        return;
      ci->fast_slot = iv_slot(base, me->ivar);
      ci->fast = reader ? kFastAttrReader : kFastAttrWriter;
      return;
    }
    default:
      return;
  }
}

// kCallKwArgs: replaces the call's keyword values (on top of the stack) by one keyword
// Hash, the form every general path takes. Returns the new sp; *argc counts the Hash.
static Value* collapse_kwargs(Vm& vm, Frame* f, const CallInfo* ci, Value* sp, int* argc) {
  f->sp = sp;
  Value h = hash_new(vm);
  Value* vals = sp - ci->kwc;
  for (uint16_t i = 0; i < ci->kwc; ++i)
    hash_aset(vm, h, f->code->literals[ci->kw_lit + i], vals[i]);
  *vals = h;
  *argc -= ci->kwc - 1;
  f->sp = vals + 1;
  return f->sp;
}

void bind_literal_kwargs(const Code* callee, const CallInfo* ci, const Value* names,
                         Value* args) {
  const ParamInfo& p = callee->params;
  Value* vals = args + p.lead;
  ScratchValues given;
  std::copy(vals, vals + ci->kwc, given.v);
  for (size_t k = 0; k < p.kw_names.size(); ++k) {
    Value v = Value::undef();
    for (uint16_t j = 0; j < ci->kwc; ++j)
      if (names[j].symbol_id() == p.kw_names[k]) v = given.v[j];
    vals[k] = v;
  }
  for (uint32_t i = p.lead + static_cast<uint32_t>(p.kw_names.size()); i < callee->nlocals; ++i)
    args[i] = Value::nil();
}

Value* do_send(Vm& vm, Frame* f, CallInfo* ci, Value* sp, bool super) {
  int argc = ci->argc;
  Value block = Value::nil();
  if (ci->flags & kCallBlockArg) {
    block = to_block(vm, sp[-1]);
    --sp;
    f->sp = sp;
  } else if (ci->block >= 0) {
    block = Value::object(make_block(vm, f, f->code->children[ci->block], false));
  } else if (super && (ci->flags & kCallZsuper)) {
    block = f->block;
  }
  if (ci->flags & kCallKwArgs) sp = collapse_kwargs(vm, f, ci, sp, &argc);
  bool kw = ci->flags & (kCallKwHash | kCallKwArgs);
  if (ci->flags & kCallSplat) {   // recv array [kwhash] -> recv elements... [kwhash]
    sp = expand_splat(vm, sp, &argc, &kw);
    f->sp = sp;
  }
  Value* args = sp - argc;
  Value recv = args[-1];
  RClass* klass = vm.class_of(recv);
  MethodEntry* me;
  RClass* where = nullptr;
  SymId mid = ci->mid;
  if (super) {
    MethodEntry* cur = f->me;
    if (cur == nullptr)
      vm.raise(vm.eRuntimeError, "super called outside of method");
    if ((ci->flags & kCallImplicitArgs) && cur->kind == MethodEntry::Kind::kProc)
      vm.raise(vm.eRuntimeError,
               "implicit argument passing of super from method defined by define_method() is "
               "not supported. Specify all arguments explicitly.");
    mid = cur->name;
    me = f->defined_class ? find_method(f->defined_class->super, cur->original_name, &where)
                          : find_super_method(klass, cur->owner, cur->original_name);
    if (me == nullptr && is_refinement(cur->owner))
      me = refinement_super_method(cur->owner, cur->original_name, &where);
    if (me == nullptr) {
      f->call_sp = args - 1;
      Value r = call_method_missing(vm, recv, mid, argc, args, block, false, true, kw, nullptr,
                                    true);
      f->sp = args - 1;
      *f->sp++ = r;
      return f->sp;
    }
  } else if (ci->cache_class == klass && ci->cache_serial == vm.global_serial) {
    me = ci->cache_entry;
    where = ci->cache_where;
  } else {
    me = cached_find_method(vm, klass, mid, &where);
    if (cref_refined(f->cref)) me = refined_find_method(vm, f->cref, klass, mid, me, &where);
    swap_call_cache(ci);   // the old entry becomes the second one; refill the first
    ci->cache_class = klass;
    ci->cache_serial = vm.global_serial;
    ci->cache_entry = me;
    ci->cache_where = where;
    fill_fast(vm, f, ci, me, klass, recv);
  }
  f->call_sp = args - 1;
  if (me == nullptr || (me->vis != Visibility::kPublic && !super &&
                        !(ci->flags & kCallFcall) &&
                        !(me->vis == Visibility::kProtected && vm.is_a(f->self, real_class(me->owner))) &&
                        !((ci->flags & kCallSelfRecv) && me->vis == Visibility::kPrivate))) {
    MethodEntry* hidden = me;
    Value r = call_method_missing(vm, recv, mid, argc, args, block, ci->flags & kCallVcall,
                                  ci->flags & (kCallFcall | kCallSelfRecv), kw, hidden);
    f->sp = args - 1;
    *f->sp++ = r;
    return f->sp;
  }
  switch (me->kind) {
    case MethodEntry::Kind::kBytecode: {
      FrameInit in = method_init(me, recv, block, false, where);
      enter(vm, in, args, argc, kw);
      f->sp = args - 1;   // the result replaces the receiver
      return f->sp;
    }
    case MethodEntry::Kind::kProc: {
      FrameInit in = proc_init(me->proc, recv, block, false, me->owner, me, where);
      enter(vm, in, args, argc, kw);
      f->sp = args - 1;
      return f->sp;
    }
    default: {
      Value r = vm.call_entry(me, recv, argc, args, block, kw, where);
      f->sp = args - 1;
      *f->sp++ = r;
      return f->sp;
    }
  }
}

Value* do_yield(Vm& vm, Frame* f, CallInfo* ci, Value* sp) {
  int argc = ci->argc;
  if (ci->flags & kCallKwArgs) sp = collapse_kwargs(vm, f, ci, sp, &argc);
  bool kw = ci->flags & (kCallKwHash | kCallKwArgs);
  if (ci->flags & kCallSplat) {
    sp = expand_splat(vm, sp, &argc, &kw);
    f->sp = sp;
  }
  Value* args = sp - argc;
  Value block = f->block;
  if (!block.is_heap()) vm.raise(vm.eLocalJumpError, "no block given (yield)");
  RProc* p = block.as<RProc>();
  f->call_sp = args;
  if (p->code != nullptr) {
    FrameInit in = proc_init(p, p->self, Value::nil(), false, nullptr, nullptr);
    enter(vm, in, args, argc, kw);
    f->sp = args;
    return f->sp;
  }
  Value r = vm.call_proc(p, p->self, argc, args, Value::nil(), kw);
  f->sp = args;
  *f->sp++ = r;
  return f->sp;
}

Value Vm::run_code(RCode* code, Value self, Value cref, RClass* def_target, REnv* outer) {
  FrameInit in{};
  in.code = code;
  in.self = self;
  in.block = Value::nil();
  in.cref = cref;
  in.def_target = def_target;
  in.outer = outer;
  in.lambda = false;
  in.native_entry = true;
  // A program's top-level defs are private until `public` (main's) says otherwise.
  if (code->code->kind == Code::Kind::kTop && self == main_obj) in.vis = Visibility::kPrivate;
  // Inherit the method context for class bodies and evals run inside a method.
  if (Frame* cur = current(); cur != nullptr && code->code->kind == Code::Kind::kEval) {
    in.me = cur->me;
    in.defined_class = cur->defined_class;
    in.block = cur->block;
    in.home = cur->home;
  }
  return run_native_entry(*this, in, 0, nullptr, false);
}

Value* run_class_body(Vm& vm, Frame* f, RClass* klass, RCode* body, Value* sp) {
  Value v = vm.run_code(body, Value::object(klass), cref_push(vm, f->cref, klass), klass, nullptr);
  f->sp = sp;
  *f->sp++ = v;
  return f->sp;
}

void Vm::raise_stack_too_deep() { raise(eSystemStackError, "stack level too deep"); }

}  // namespace maglev::vm
