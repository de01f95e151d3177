// The dispatch loop: runs bytecode frames with computed-goto dispatch, inline caches
// for sends and instance variables, and fast paths for Integer/Float operators that
// fall back to full sends when the operands are not plain numbers or the operator
// was redefined. Also unwinding: rescue/ensure handlers, break and return.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "vm/core/encoding.h"
#include "vm/core/regexp_source.h"
#include "vm/interp/interp.h"
#include "vm/interp/interrupt.h"
#include "vm/interp/ops.h"
#include "vm/interp/refinement.h"
#include "vm/object/array.h"
#include "vm/object/hash.h"
#include "vm/object/numeric.h"
#include "vm/object/string.h"

namespace maglev::vm {

namespace {

const DataType kPendingExitType = {"pending-exit", nullptr,
                                   [](void* p) { delete static_cast<NonLocalExit*>(p); }};

Value wrap_exit(Vm& vm, const NonLocalExit& e) {
  auto* d = vm.heap.make<RData>(HeapType::kData, nullptr);
  d->dtype = &kPendingExitType;
  d->data = new NonLocalExit(e);
  return Value::object(d);
}

[[noreturn]] void rethrow_pending(Vm& vm, Value v) {
  if (v.is_heap() && v.heap()->type == HeapType::kData &&
      v.as<RData>()->dtype == &kPendingExitType)
    throw NonLocalExit(*static_cast<NonLocalExit*>(v.as<RData>()->data));
  vm.raise(v);
}

// Whether Integer#to_s is still the core library's native (looked up again whenever
// a method table changed), so interpolation may format a fixnum itself.
bool int_to_s_is_core(Vm& vm) {
  static uint64_t serial = 0;
  static bool core = false;
  if (serial != vm.global_serial) {
    MethodEntry* me = find_method(vm.cInteger, sym::to_s);
    core = me != nullptr && me->kind == MethodEntry::Kind::kNative && me->owner == vm.cInteger &&
           !vm.refined_int_to_s;
    serial = vm.global_serial;
  }
  return core;
}

enum class Unwound { kResume, kReturn };

const CatchEntry* find_handler(const Frame* f, bool is_exception) {
  if (f->code == nullptr) return nullptr;
  auto off = static_cast<uint32_t>(f->pc - f->code->insns.data());
  for (const CatchEntry& c : f->code->catches) {
    if (off > c.start && off <= c.end) {
      if (c.kind == CatchEntry::kEnsure || is_exception) return &c;
    }
  }
  return nullptr;
}

// Unwinds frames above `base` (and base itself) towards the pending exit's handler.
// kResume: continue in the (new) top frame. kReturn: the base frame left with *out.
// Otherwise rethrows the pending exit after popping base.
Unwound unwind(Vm& vm, size_t base, bool is_exception, const NonLocalExit& exit, Value exc,
               Value* out) {
  for (;;) {
    Frame* f = &vm.frames[vm.frame_top - 1];
    if (!is_exception && exit.kind == NonLocalExit::kBreak && f->serial == exit.target) {
      f->sp = f->call_sp;
      *f->sp++ = exit.value;
      return Unwound::kResume;
    }
    if (!is_exception && exit.kind == NonLocalExit::kReturn && f->serial == exit.target) {
      // Ensure handlers of the home frame itself still run.
      if (const CatchEntry* c = find_handler(f, false)) {
        f->sp = f->bp + c->sp;
        *f->sp++ = wrap_exit(vm, exit);
        f->pc = f->code->insns.data() + c->handler;
        return Unwound::kResume;
      }
      bool native = f->native_entry;
      --vm.frame_top;
      if (native) {
        *out = exit.value;
        return Unwound::kReturn;
      }
      Frame* caller = &vm.frames[vm.frame_top - 1];
      *caller->sp++ = exit.value;
      return Unwound::kResume;
    }
    if (const CatchEntry* c = find_handler(f, is_exception)) {
      f->sp = f->bp + c->sp;
      *f->sp++ = is_exception ? exc : wrap_exit(vm, exit);
      f->pc = f->code->insns.data() + c->handler;
      if (is_exception) vm.errinfo = exc;
      return Unwound::kResume;
    }
    bool at_base = vm.frame_top - 1 == base;
    --vm.frame_top;
    if (at_base) {
      if (is_exception) throw RubyError{exc};
      throw NonLocalExit(exit);
    }
  }
}

}  // namespace

Value* stack_top(Vm& vm) {
  Frame* f = vm.current();
  return f != nullptr ? f->sp : vm.stack_base;
}

Value execute(Vm& vm, size_t base) {
  static const void* const kLabels[] = {
#define OPCODE(name, n, kinds) &&L_##name,
#include "vm/compile/opcodes.def"
#undef OPCODE
  };
  Frame* f;
  const uint32_t* pc;
  Value* sp;
  Value* locals;
  const Code* code;
  Value result;
  CallInfo* sci;   // the call of the send-like instruction being dispatched (send_ci)
  NonLocalExit pending{};   // the break/return being dispatched (unwind_pending)
  Value raising;            // the exception being raised without a throw (unwind_raise)
  int32_t branch_off = 0;   // the taken branch at interrupt_branch

#define LOAD()                              \
  do {                                      \
    f = &vm.frames[vm.frame_top - 1];       \
    pc = f->pc;                             \
    sp = f->sp;                             \
    locals = f->locals;                     \
    code = f->code;                         \
  } while (0)
#define SYNC()     \
  do {             \
    f->pc = pc;    \
    f->sp = sp;    \
  } while (0)
#define NEXT() goto* kLabels[*pc++]
// Safe points (interp/interrupt.h): taken backward branches and leave. On the hot path
// a test of the flag; the handling is shared code after the last instruction
// (interrupt_branch / interrupt_leave), so the instructions' register use is unchanged.
#define CHECK_INTERRUPT_BRANCH(off)                                \
  do {                                                             \
    if (__builtin_expect(interrupt_pending(), 0) && (off) < 0) {   \
      branch_off = (off);                                          \
      goto interrupt_branch;                                       \
    }                                                              \
  } while (0)
#define LIT(i) (code->literals[i])

  for (;;) {
    try {
      LOAD();
      NEXT();

    L_nop:
      NEXT();
    L_putnil:
      *sp++ = Value::nil();
      NEXT();
    L_puttrue:
      *sp++ = Value::t();
      NEXT();
    L_putfalse:
      *sp++ = Value::f();
      NEXT();
    L_putself:
      *sp++ = f->self;
      NEXT();
    L_putobject:
      *sp++ = LIT(*pc++);
      NEXT();
    L_putstring: {
      SYNC();
      Value s = str_new(vm, str_view(LIT(*pc)));
      s.heap()->flags |= LIT(*pc).heap()->flags & kFlagEncoding;
      ++pc;
      *sp++ = s;
      NEXT();
    }
    L_pop:
      --sp;
      NEXT();
    L_dup:
      sp[0] = sp[-1];
      ++sp;
      NEXT();
    L_dupn: {
      uint32_t n = *pc++;
      for (uint32_t i = 0; i < n; ++i) sp[i] = sp[static_cast<int>(i) - static_cast<int>(n)];
      sp += n;
      NEXT();
    }
    L_swap: {
      Value t = sp[-1];
      sp[-1] = sp[-2];
      sp[-2] = t;
      NEXT();
    }
    L_topn: {
      uint32_t n = *pc++;
      sp[0] = sp[-1 - static_cast<int>(n)];
      ++sp;
      NEXT();
    }
    L_setn: {
      uint32_t n = *pc++;
      sp[-1 - static_cast<int>(n)] = sp[-1];
      NEXT();
    }
    L_adjuststack:
      sp -= *pc++;
      NEXT();
    L_getlocal:
      *sp++ = locals[*pc++];
      NEXT();
    L_setlocal:
      locals[*pc++] = *--sp;
      NEXT();
    L_getlocal_getlocal:   // and the getlocal after it
      sp[0] = locals[pc[0]];
      sp[1] = locals[pc[2]];
      sp += 2;
      pc += 3;
      NEXT();
    L_getlocal_putobject:   // and the putobject after it
      sp[0] = locals[pc[0]];
      sp[1] = LIT(pc[2]);
      sp += 2;
      pc += 3;
      NEXT();
    L_setlocal_getlocal:   // and the getlocal after it
      locals[pc[0]] = sp[-1];
      sp[-1] = locals[pc[2]];
      pc += 3;
      NEXT();
    L_getlocal_up: {
      uint32_t slot = pc[0], depth = pc[1];
      pc += 2;
      REnv* e = f->outer;
      for (uint32_t d = 1; d < depth; ++d) e = e->outer;
      *sp++ = e->slots[slot];
      NEXT();
    }
    L_setlocal_up: {
      uint32_t slot = pc[0], depth = pc[1];
      pc += 2;
      REnv* e = f->outer;
      for (uint32_t d = 1; d < depth; ++d) e = e->outer;
      e->slots[slot] = *--sp;
      NEXT();
    }
    L_getivar: {
      SymId name = pc[0];
      IvarCache& c = const_cast<Code*>(code)->ivar_caches[pc[1]];
      pc += 2;
      Value self = f->self;
      if (self.is_heap() && self.heap()->type == HeapType::kObject &&
          self.heap()->klass == c.klass) {
        RObject* o = self.as<RObject>();
        Value v = c.slot < o->ivlen ? o->ivs[c.slot] : Value::undef();
        *sp++ = v.is_undef() ? Value::nil() : v;
        NEXT();
      }
      SYNC();
      if (self.is_heap() && self.heap()->type == HeapType::kObject) {
        c.klass = self.heap()->klass;
        c.slot = iv_slot(real_class(c.klass), name);
      }
      *sp++ = vm.ivar_get(self, name);
      NEXT();
    }
    L_setivar: {
      SymId name = pc[0];
      IvarCache& c = const_cast<Code*>(code)->ivar_caches[pc[1]];
      pc += 2;
      Value self = f->self;
      Value v = *--sp;
      if (self.is_heap() && self.heap()->type == HeapType::kObject &&
          self.heap()->klass == c.klass && !(self.heap()->flags & (kFlagFrozen))) {
        RObject* o = self.as<RObject>();
        if (c.slot < o->ivlen && !o->basic.oop) {
          o->ivs[c.slot] = v;
          NEXT();
        }
        // A new slot (initialize): the cached slot is still the class's.
        ivar_store(o, c.slot, v);
        NEXT();
      }
      SYNC();
      vm.ivar_set(self, name, v);
      if (self.is_heap() && self.heap()->type == HeapType::kObject) {
        c.klass = self.heap()->klass;
        c.slot = iv_slot(real_class(c.klass), name);
      }
      NEXT();
    }
    L_getgvar:
      SYNC();
      *sp++ = vm.gvar_get(*pc++);
      NEXT();
    L_setgvar:
      SYNC();
      vm.gvar_set(*pc++, sp[-1]);
      --sp;
      NEXT();
    L_getcvar:
      SYNC();
      *sp++ = cvar_get(vm, f, *pc++);
      NEXT();
    L_setcvar:
      SYNC();
      cvar_set(vm, f, *pc++, sp[-1]);
      --sp;
      NEXT();
    L_getconst: {
      if (ConstCacheLine* l = const_cache_hit(vm, pc, f->cref)) {
        ++pc;
        *sp++ = l->value;
        NEXT();
      }
      SYNC();
      Value v = const_get_caching(vm, f->cref, *pc, pc);
      ++pc;
      *sp++ = v;
      NEXT();
    }
    L_getconst_under: {
      SYNC();
      Value scope = sp[-1];
      sp[-1] = const_get_under(vm, scope, *pc++);
      NEXT();
    }
    L_getconst_top: {
      if (ConstCacheLine* l = const_cache_hit(vm, pc, Value::nil())) {
        ++pc;
        *sp++ = l->value;
        NEXT();
      }
      SYNC();
      Value v = const_get_top_caching(vm, *pc, pc);
      ++pc;
      *sp++ = v;
      NEXT();
    }
    L_setconst: {
      SYNC();
      vm.const_set(cref_class(vm, f->cref), *pc++, sp[-1]);
      --sp;
      NEXT();
    }
    L_setconst_under: {
      SYNC();
      Value scope = sp[-2];
      if (!scope.is_heap() || scope.heap()->type != HeapType::kClass)
        vm.raise(vm.eTypeError, vm.inspect(scope) + " is not a class/module");
      vm.const_set(scope.as<RClass>(), *pc++, sp[-1]);
      sp -= 2;
      NEXT();
    }
    L_getbackref:
      SYNC();
      *sp++ = backref_get(vm, static_cast<int32_t>(*pc++));
      NEXT();
    L_newarray: {
      uint32_t n = *pc++;
      if (pc[0] == op_expandarray && pc[1] == n && pc[2] == 0 && pc[3] == 0) {
        // `a, b = x, y` whose value is unused: the array would only be taken apart
        // again (its elements pushed last first), so reverse the values in place.
        std::reverse(sp - n, sp);
        pc += 4;
        NEXT();
      }
      SYNC();
      Value a = ary_from(vm, sp - n, n);
      sp -= n;
      *sp++ = a;
      NEXT();
    }
    L_splatarray:
      SYNC();
      sp[-1] = splat_to_array(vm, sp[-1]);
      NEXT();
    L_toary:
      if (sp[-1].is_heap() && sp[-1].heap()->type == HeapType::kArray) NEXT();
      SYNC();
      sp[-1] = to_ary_for_masgn(vm, sp[-1]);
      NEXT();
    L_expandarray: {
      // Pushes post elements (last first), then the splat, then pre elements (last
      // first), so the first target's value ends on top.
      uint32_t pre = pc[0], post = pc[1], splat = pc[2];
      pc += 3;
      SYNC();
      Value a = *--sp;
      RArray* arr = a.as<RArray>();
      int64_t len = arr->len;
      for (uint32_t i = post; i-- > 0;) {
        int64_t idx = len - post + i;
        *sp++ = (idx >= static_cast<int64_t>(pre) && idx < len) ? arr->ptr[idx] : Value::nil();
      }
      if (splat) {
        int64_t from = pre, to = std::max<int64_t>(pre, len - post);
        f->sp = sp;
        *sp++ = from < to ? ary_from(vm, arr->ptr + from, to - from) : ary_new(vm);
      }
      for (uint32_t i = pre; i-- > 0;) *sp++ = ary_at(a, i);
      NEXT();
    }
    L_concatarray: {
      SYNC();
      Value b = splat_to_array(vm, sp[-1]);
      Value a = sp[-2];
      for (int64_t i = 0; i < ary_len(b); ++i) ary_push(vm, a, ary_ptr(b)->ptr[i]);
      --sp;
      NEXT();
    }
    L_arraypush:
      SYNC();
      ary_push(vm, sp[-2], sp[-1]);
      --sp;
      NEXT();
    L_newhash: {
      uint32_t n = *pc++;
      SYNC();
      Value h = hash_new(vm);
      for (uint32_t i = 0; i < n; ++i) hash_aset(vm, h, sp[2 * static_cast<int>(i) - 2 * static_cast<int>(n)],
                                                 sp[2 * static_cast<int>(i) + 1 - 2 * static_cast<int>(n)]);
      sp -= 2 * n;
      *sp++ = h;
      NEXT();
    }
    L_hashmerge: {
      SYNC();
      hash_merge_kw(vm, sp[-2], sp[-1]);
      --sp;
      NEXT();
    }
    L_newrange: {
      SYNC();
      bool excl = *pc++;
      Value r = range_new(vm, sp[-2], sp[-1], excl);
      --sp;
      sp[-1] = r;
      NEXT();
    }
    L_tostring: {
      Value v = sp[-1];
      if (v.is_fixnum() && int_to_s_is_core(vm)) {
        SYNC();
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.fixnum_value());
        sp[-1] = str_new_ascii(vm, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
      } else if (!is_string(v)) {
        SYNC();
        Value s = interpolation_to_s(vm, v);
        if (!is_string(s)) s = any_to_s(vm, v);
        sp[-1] = s;
      }
      NEXT();
    }
    L_concatstrings: {
      uint32_t n = *pc & ~kConcatLiteralHead;
      bool head = *pc++ & kConcatLiteralHead;
      SYNC();
      Value* parts = sp - n;
      int64_t total = 0;
      uint16_t flags = 0;
      for (uint32_t i = 0; i < n; ++i) total += str_ptr(parts[i])->len, flags |= parts[i].heap()->flags;
      Value s = str_buf_new(vm, total);
      if (head || (flags & kFlagBinary)) {   // CRuby's joining rule (a part neither UTF-8
        if (head) copy_str_enc(s, parts[0]);   // nor US-ASCII, or a non-UTF-8 source)
        for (uint32_t i = 0; i < n; ++i) str_append_str(vm, s, parts[i]);
      } else {
        for (uint32_t i = 0; i < n; ++i) str_append(vm, s, str_view(parts[i]));
      }
      sp -= n;
      *sp++ = s;
      NEXT();
    }
    L_toregexp: {
      uint32_t opts = pc[0], n = pc[1];
      pc += 2;
      SYNC();
      std::string src;
      for (uint32_t i = 0; i < n; ++i) {
        Value part = sp[static_cast<int>(i) - static_cast<int>(n)];
        src += str_view(part);
        if (str_enc(part) == Enc::kBinary) opts |= kReOptBinarySource;
      }
      sp -= n;
      *sp++ = regexp_new(vm, src, opts);
      NEXT();
    }
    L_intern:
      sp[-1] = Value::symbol(intern(str_view(sp[-1])));
      NEXT();

    L_send:
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    L_invokesuper: {
      CallInfo* ci = &const_cast<Code*>(code)->calls[*pc++];
      SYNC();
      sp = do_send(vm, f, ci, sp, true);
      if (&vm.frames[vm.frame_top - 1] != f) LOAD();
      NEXT();
    }
    L_invokeblock: {
      CallInfo* ci = &const_cast<Code*>(code)->calls[*pc++];
      Value blk = f->block;
      if (!(ci->flags & (kCallSplat | kCallKwHash | kCallKwArgs)) && blk.is_heap() &&
          blk.as<RProc>()->code != nullptr) {
        // A block whose parameters take exactly the values yielded: push its frame here.
        RProc* p = blk.as<RProc>();
        const Code* callee = p->code->code;
        Value* args = sp - ci->argc;
        if (ci->argc == callee->params.lead && callee->params.simple() &&
            frame_fits(vm, callee, args)) {
          nil_locals(args, ci->argc, callee->nlocals);
          f->pc = pc;
          f->call_sp = args;
          f->sp = args;   // the block's value lands where its arguments were
          push_bound_frame(vm, proc_init(p, p->self, Value::nil(), false, nullptr, nullptr),
                           args, ci->argc, 0);
          LOAD();
          NEXT();
        }
      }
      SYNC();
      sp = do_yield(vm, f, ci, sp);
      if (&vm.frames[vm.frame_top - 1] != f) LOAD();
      NEXT();
    }

#define FIX_BINOP(label, expr_fix, expr_flo)                                         \
  L_##label: {                                                                        \
    Value a = sp[-2], b = sp[-1];                                                     \
    if (a.is_fixnum() && b.is_fixnum() && vm_int_ops_ok(vm)) {                        \
      int64_t x = a.fixnum_value(), y = b.fixnum_value();                             \
      (void)x; (void)y;                                                               \
      expr_fix                                                                        \
    }                                                                                 \
    if (is_float(a) && (is_float(b) || b.is_fixnum()) && vm_float_ops_ok(vm)) {       \
      double x = float_value(a), y = b.is_fixnum() ? static_cast<double>(b.fixnum_value()) \
                                                   : float_value(b);                  \
      (void)x; (void)y;                                                               \
      expr_flo                                                                        \
    }                                                                                 \
    goto label##_slow;                                                                \
  }                                                                                   \
  label##_slow:                                                                       \
    sci = &const_cast<Code*>(code)->calls[*pc++];                                     \
    goto send_ci;
#define PUSH_INT_RESULT(r)                                      \
  {                                                             \
    int64_t res_ = (r);                                         \
    if (Value::fits_fixnum(res_)) {                             \
      sp[-2] = Value::fixnum(res_);                             \
      --sp;                                                     \
      ++pc;                                                     \
      NEXT();                                                   \
    }                                                           \
  }
#define PUSH_FLOAT_RESULT(r)                     \
  {                                              \
    double res_ = (r);                           \
    Value v_ = Value::try_flonum(res_);          \
    if (v_.is_undef()) {                         \
      SYNC();                                    \
      v_ = float_box(vm, res_);                  \
    }                                            \
    sp[-2] = v_;                                 \
    --sp;                                        \
    ++pc;                                        \
    NEXT();                                      \
  }
#define PUSH_BOOL_RESULT(r)           \
  {                                   \
    sp[-2] = Value::boolean(r);       \
    --sp;                             \
    ++pc;                             \
    NEXT();                           \
  }

    FIX_BINOP(opt_plus, PUSH_INT_RESULT(x + y), PUSH_FLOAT_RESULT(x + y))
    FIX_BINOP(opt_minus, PUSH_INT_RESULT(x - y), PUSH_FLOAT_RESULT(x - y))
    FIX_BINOP(opt_mult,
              {
                __int128 r = static_cast<__int128>(x) * y;
                if (r >= Value::kFixMin && r <= Value::kFixMax) PUSH_INT_RESULT(static_cast<int64_t>(r));
              },
              PUSH_FLOAT_RESULT(x * y))
    FIX_BINOP(opt_div,
              {
                if (y != 0) {
                  int64_t q = x / y;
                  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
                  PUSH_INT_RESULT(q);
                }
              },
              PUSH_FLOAT_RESULT(x / y))
    FIX_BINOP(opt_mod,
              {
                if (y != 0) {
                  int64_t m = x % y;
                  if (m != 0 && ((m < 0) != (y < 0))) m += y;
                  PUSH_INT_RESULT(m);
                }
              },
              {
                if (y != 0.0) PUSH_FLOAT_RESULT(float_mod(x, y));   // % 0.0 raises: the send
              })
    FIX_BINOP(opt_lt, PUSH_BOOL_RESULT(x < y), PUSH_BOOL_RESULT(x < y))
    FIX_BINOP(opt_le, PUSH_BOOL_RESULT(x <= y), PUSH_BOOL_RESULT(x <= y))
    FIX_BINOP(opt_gt, PUSH_BOOL_RESULT(x > y), PUSH_BOOL_RESULT(x > y))
    FIX_BINOP(opt_ge, PUSH_BOOL_RESULT(x >= y), PUSH_BOOL_RESULT(x >= y))
    FIX_BINOP(opt_eq, PUSH_BOOL_RESULT(x == y), PUSH_BOOL_RESULT(x == y))

// opt_<cmp> fused with the branchif/branchunless after it (compile/fuse.cc): on the
// fast paths the comparison decides the jump without pushing the boolean; otherwise
// the plain instruction's send runs and the branch after it executes as usual.
#define CMP_BRANCH(label, cmp, slow)                                                  \
  L_##label: {                                                                        \
    Value a = sp[-2], b = sp[-1];                                                     \
    bool r;                                                                           \
    if (a.is_fixnum() && b.is_fixnum() && vm_int_ops_ok(vm)) {                        \
      r = a.fixnum_value() cmp b.fixnum_value();                                      \
    } else if (is_float(a) && (is_float(b) || b.is_fixnum()) && vm_float_ops_ok(vm)) { \
      r = float_value(a) cmp(b.is_fixnum() ? static_cast<double>(b.fixnum_value())   \
                                           : float_value(b));                         \
    } else {                                                                          \
      goto slow;                                                                      \
    }                                                                                 \
    sp -= 2;                                                                          \
    int32_t off = static_cast<int32_t>(pc[2]);                                        \
    bool jump = r == (pc[1] == op_branchif);                                          \
    pc += 3;                                                                          \
    if (jump) {                                                                       \
      CHECK_INTERRUPT_BRANCH(off);                                                 \
      pc += off;                                                                      \
    }                                                                                 \
    NEXT();                                                                           \
  }
    CMP_BRANCH(opt_lt_branch, <, opt_lt_slow)
    CMP_BRANCH(opt_le_branch, <=, opt_le_slow)
    CMP_BRANCH(opt_gt_branch, >, opt_gt_slow)
    CMP_BRANCH(opt_ge_branch, >=, opt_ge_slow)
    CMP_BRANCH(opt_eq_branch, ==, opt_eq_slow)
#undef CMP_BRANCH

    L_opt_neq: {
      Value a = sp[-2], b = sp[-1];
      if (a.is_fixnum() && b.is_fixnum() && vm_int_ops_ok(vm)) PUSH_BOOL_RESULT(a != b);
      goto opt_neq_slow;
    }
    opt_neq_slow:
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
#define INT_BINOP(label, expr_fix)                                                   \
  L_##label: {                                                                        \
    Value a = sp[-2], b = sp[-1];                                                     \
    if (a.is_fixnum() && b.is_fixnum() && vm_int_ops_ok(vm)) {                        \
      int64_t x = a.fixnum_value(), y = b.fixnum_value();                             \
      (void)x; (void)y;                                                               \
      expr_fix                                                                        \
    }                                                                                 \
    sci = &const_cast<Code*>(code)->calls[*pc++];                                     \
    goto send_ci;                                                                     \
  }
    INT_BINOP(opt_and, PUSH_INT_RESULT(x & y))
    INT_BINOP(opt_or, PUSH_INT_RESULT(x | y))
    INT_BINOP(opt_xor, PUSH_INT_RESULT(x ^ y))
    INT_BINOP(opt_rshift, if (y >= 0) PUSH_INT_RESULT(y >= 64 ? (x < 0 ? -1 : 0) : x >> y))
#undef INT_BINOP
    L_opt_ltlt: {
      Value a = sp[-2], b = sp[-1];
      if (a.is_fixnum() && b.is_fixnum() && vm_int_ops_ok(vm)) {
        int64_t x = a.fixnum_value(), y = b.fixnum_value();
        if (y >= 0 && y < 64) {
          __int128 r = static_cast<__int128>(x) << y;
          if (r >= Value::kFixMin && r <= Value::kFixMax) PUSH_INT_RESULT(static_cast<int64_t>(r));
        }
      } else if (a.is_heap() && !(a.heap()->flags & kFlagFrozen) && !a.heap()->oop) {
        // Array#<< and String#<< (a String argument) as the core library does them.
        if (a.heap()->klass == vm.cArray && vm_ary_ops_ok(vm)) {
          SYNC();
          ary_push(vm, a, b);
          --sp;
          ++pc;
          NEXT();
        }
        if (a.heap()->klass == vm.cString && is_string(b) && enc_append_keeps(a.heap()->flags, b.heap()->flags) &&
            vm_str_ops_ok(vm)) {
          SYNC();
          str_append(vm, a, str_view(b));
          --sp;
          ++pc;
          NEXT();
        }
      }
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    }
    L_opt_aset: {
      Value a = sp[-3], i = sp[-2];
      if (i.is_fixnum() && a.is_heap() && a.heap()->klass == vm.cArray &&
          !(a.heap()->flags & kFlagFrozen) && !a.heap()->oop && vm_ary_ops_ok(vm)) {
        RArray* arr = a.as<RArray>();
        int64_t k = i.fixnum_value();
        if (k < 0) k += arr->len;
        if (k >= 0 && k < arr->len) {
          arr->ptr[k] = sp[-1];
          sp[-3] = sp[-1];
          sp -= 2;
          ++pc;
          NEXT();
        }
      }
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    }
    L_opt_length:
    L_opt_succ:
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    L_opt_aref: {
      Value a = sp[-2], i = sp[-1];
      if (i.is_fixnum() && a.is_heap() && a.heap()->klass == vm.cArray && vm_ary_ops_ok(vm)) {
        RArray* arr = a.as<RArray>();
        int64_t k = i.fixnum_value();
        if (k < 0) k += arr->len;
        sp[-2] = (k >= 0 && k < arr->len) ? arr->ptr[k] : Value::nil();
        --sp;
        ++pc;
        NEXT();
      }
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    }
    L_opt_not: {
      Value a = sp[-1];
      if (!a.is_heap() && vm_not_ok(vm)) {
        sp[-1] = Value::boolean(!a.truthy());
        ++pc;
        NEXT();
      }
      sci = &const_cast<Code*>(code)->calls[*pc++];
      goto send_ci;
    }
    L_opt_nil_p: {
      // Either inline-cache entry (item_check's `left.nil?` alternates between nil and
      // Array) holding the core nil? gives the answer without a call or a swap.
      CallInfo* ci = &const_cast<Code*>(code)->calls[*pc];
      Value recv = sp[-1];
      RClass* klass = recv.is_heap() ? recv.heap()->klass : vm.immediate_class(recv);
      MethodEntry* me = nullptr;   // an entry the loop may call directly (kFastNative)
      if (ci->cache_class == klass && ci->cache_serial == vm.global_serial &&
          ci->fast == kFastNative)
        me = ci->cache_entry;
      else if (ci->cache_class2 == klass && ci->cache_serial2 == vm.global_serial &&
               ci->fast2 == kFastNative)
        me = ci->cache_entry2;
      if (me != nullptr && (me->fn == kObjNilP || me->fn == kNilNilP)) {
        sp[-1] = Value::boolean(me->fn == kNilNilP);
        ++pc;
        NEXT();
      }
      sci = ci;
      ++pc;
      goto send_ci;
    }

    // Every send-like instruction ends here with sci set and pc past its operands. On
    // an inline cache hit the fast kinds (CallFast) are done here; the rest, and every
    // miss, go through do_send.
    send_ci: {
      CallInfo* ci = sci;
      Value* args = sp - ci->argc;
      Value recv = args[-1];
      RClass* klass = recv.is_heap() ? recv.heap()->klass : vm.immediate_class(recv);
      if (ci->cache_class != klass && ci->cache_class2 == klass) swap_call_cache(ci);
      if (ci->cache_class == klass && ci->cache_serial == vm.global_serial) {
        switch (ci->fast) {
          case kFastIseq:
          case kFastIseqKw: {   // kw: literal `k: v` arguments bound into keyword slots
            MethodEntry* me = ci->cache_entry;
            const Code* callee = me->code->code;
            if (!frame_fits(vm, callee, args)) break;   // do_send raises
            Value block = Value::nil();
            if (ci->block >= 0) {
              SYNC();
              block = Value::object(make_block(vm, f, code->children[ci->block], false));
            }
            bool kw = ci->fast == kFastIseqKw;
            if (kw)
              bind_literal_kwargs(callee, ci, &code->literals[ci->kw_lit], args);
            else
              nil_locals(args, ci->argc, callee->nlocals);
            f->pc = pc;
            f->call_sp = args - 1;
            f->sp = args - 1;   // the result replaces the receiver
            push_bound_frame(vm, method_init(me, recv, block, false, ci->cache_where), args,
                             ci->argc, kw ? 0 : ci->fast_slot);
            LOAD();
            NEXT();
          }
          case kFastNative: {
            SYNC();
            f->call_sp = args - 1;
            if (ci->cache_entry->fn == kKernelRaise) [[unlikely]] {
              // Unwound here, without the C++ throw Kernel#raise would do (its
              // unwinding cost most of a raise caught in the same loop).
              {
                NativeCallScope scope(vm, ci->cache_entry);
                raising = kernel_raise_exception(vm, ci->argc, args);
                prepare_raise(vm, raising);
              }
              f->sp = args - 1;
              goto unwind_raise;
            }
            Value block = Value::nil();
            if (ci->block >= 0)
              block = Value::object(make_block(vm, f, code->children[ci->block], false));
            vm.kw_passed = false;
            Value r;
            {
              NativeCallScope scope(vm, ci->cache_entry);
              r = ci->cache_entry->fn(vm, recv, ci->argc, args, block);
            }
            f->sp = args - 1;
            *f->sp++ = r;
            sp = f->sp;
            if (&vm.frames[vm.frame_top - 1] != f) LOAD();
            NEXT();
          }
          case kFastAttrReader:
            if (recv.is_heap() && recv.heap()->type == HeapType::kObject) {
              RObject* o = recv.as<RObject>();
              Value v = ci->fast_slot < o->ivlen ? o->ivs[ci->fast_slot] : Value::undef();
              sp[-1] = v.is_undef() ? Value::nil() : v;
              NEXT();
            }
            break;
          case kFastAttrWriter:
            if (recv.is_heap() && recv.heap()->type == HeapType::kObject &&
                !(recv.heap()->flags & kFlagFrozen) && !recv.heap()->oop) {
              RObject* o = recv.as<RObject>();
              if (ci->fast_slot < o->ivlen) {
                o->ivs[ci->fast_slot] = sp[-1];
                sp[-2] = sp[-1];
                --sp;
                NEXT();
              }
            }
            break;
          default:
            break;
        }
      }
      SYNC();
      sp = do_send(vm, f, ci, sp, false);
      if (&vm.frames[vm.frame_top - 1] != f) LOAD();
      NEXT();
    }

    L_leave:
      if (__builtin_expect(interrupt_pending(), 0)) goto interrupt_leave;
    leave_checked: {
      result = sp[-1];
      bool native = f->native_entry;
      --vm.frame_top;
      if (native) return result;
      LOAD();
      *sp++ = result;
      NEXT();
    }
    L_jump: {
      int32_t off = static_cast<int32_t>(*pc++);
      CHECK_INTERRUPT_BRANCH(off);
      pc += off;
      NEXT();
    }
    L_branchif: {
      int32_t off = static_cast<int32_t>(*pc++);
      if ((*--sp).truthy()) {
        CHECK_INTERRUPT_BRANCH(off);
        pc += off;
      }
      NEXT();
    }
    L_branchunless: {
      int32_t off = static_cast<int32_t>(*pc++);
      if (!(*--sp).truthy()) {
        CHECK_INTERRUPT_BRANCH(off);
        pc += off;
      }
      NEXT();
    }
    L_branchnil: {
      int32_t off = static_cast<int32_t>(*pc++);
      if (sp[-1].is_nil()) pc += off;
      NEXT();
    }
    L_branchundef: {
      uint32_t slot = pc[0];
      int32_t off = static_cast<int32_t>(pc[1]);
      pc += 2;
      if (locals[slot].is_undef()) pc += off;
      NEXT();
    }
    L_throw_break: {
      SYNC();
      Value v = *--sp;
      f->sp = sp;
      if (f->break_to == 0) {
        if (f->lambda) {   // break in a lambda leaves the lambda
          result = v;
          bool native = f->native_entry;
          --vm.frame_top;
          if (native) return result;
          LOAD();
          *sp++ = result;
          NEXT();
        }
        raise_local_jump(vm, "break from proc-closure", "break", v);
      }
      if (!frame_alive(vm, f->break_to)) raise_local_jump(vm, "break from proc-closure", "break", v);
      pending = NonLocalExit{NonLocalExit::kBreak, f->break_to, v};
      goto unwind_pending;
    }
    L_throw_return: {
      SYNC();
      Value v = *--sp;
      f->sp = sp;
      if (!frame_alive(vm, f->home)) raise_local_jump(vm, "unexpected return", "return", v);
      pending = NonLocalExit{NonLocalExit::kReturn, f->home, v};
      goto unwind_pending;
    }
    L_rethrow: {
      SYNC();
      Value v = *--sp;
      f->sp = sp;
      rethrow_pending(vm, v);
    }
    L_raise_top: {
      SYNC();
      raising = *--sp;
      f->sp = sp;
      prepare_raise(vm, raising);
      goto unwind_raise;
    }
    L_defineclass: {
      SymId name = pc[0];
      RCode* body = code->children[pc[1]];
      uint32_t flags = pc[2];
      pc += 3;
      SYNC();
      Value cbase = sp[-2], super = sp[-1];
      sp -= 2;
      f->sp = sp;
      RClass* k = define_class(vm, f, cbase, name, super, flags);
      sp = run_class_body(vm, f, k, body, sp);
      NEXT();
    }
    L_definemodule: {
      SymId name = pc[0];
      RCode* body = code->children[pc[1]];
      pc += 2;
      SYNC();
      Value cbase = sp[-1];
      sp -= 1;
      f->sp = sp;
      RClass* k = define_module(vm, f, cbase, name);
      sp = run_class_body(vm, f, k, body, sp);
      NEXT();
    }
    L_definesclass: {
      RCode* body = code->children[*pc++];
      SYNC();
      Value obj = sp[-1];
      sp -= 1;
      f->sp = sp;
      RClass* k = singleton_class(vm, obj);
      sp = run_class_body(vm, f, k, body, sp);
      NEXT();
    }
    L_definemethod: {
      SymId name = pc[0];
      RCode* body = code->children[pc[1]];
      pc += 2;
      SYNC();
      define_method_from_code(vm, f, f->def_target, name, body, false);
      *sp++ = Value::symbol(name);
      NEXT();
    }
    L_definesmethod: {
      SymId name = pc[0];
      RCode* body = code->children[pc[1]];
      pc += 2;
      SYNC();
      RClass* k = singleton_class(vm, sp[-1]);
      define_method_from_code(vm, f, k, name, body, true);
      sp[-1] = Value::symbol(name);
      NEXT();
    }
    L_makeblock:
    L_makelambda: {
      bool lambda = pc[-1] == op_makelambda;
      RCode* body = code->children[*pc++];
      SYNC();
      *sp++ = Value::object(make_block(vm, f, body, lambda));
      NEXT();
    }
    L_checkmatch: {
      bool splat = *pc++;
      SYNC();
      Value pattern = sp[-1], target = sp[-2];
      bool ok = false;
      if (splat) {
        Value arr = splat_to_array(vm, pattern);
        for (int64_t i = 0; i < ary_len(arr) && !ok; ++i)
          ok = vm.call(ary_at(arr, i), sym::eqq, {target}).truthy();
      } else {
        ok = case_eqq(vm, pattern, target);
      }
      --sp;
      sp[-1] = Value::boolean(ok);
      NEXT();
    }
    L_defined: {
      uint32_t kind = pc[0];
      SymId name = pc[1];
      pc += 2;
      SYNC();
      sp[-1] = defined_check(vm, f, kind, name, sp[-1]);
      NEXT();
    }
    L_getblockparam:
      *sp++ = f->block;
      NEXT();
    L_blockgiven:
      *sp++ = Value::boolean(!f->block.is_nil());
      NEXT();
    L_alias_method: {
      SYNC();
      alias_method(vm, f->def_target, sym_of(sp[-2]), sym_of(sp[-1]));
      sp -= 2;
      *sp++ = Value::nil();
      NEXT();
    }
    L_alias_gvar: {
      SYNC();
      alias_gvar(vm, pc[0], pc[1]);
      pc += 2;
      *sp++ = Value::nil();
      NEXT();
    }
    L_undef_method: {
      SYNC();
      undef_method(vm, f->def_target, sym_of(sp[-1]));
      sp[-1] = Value::nil();
      NEXT();
    }
    L_postexe: {
      RCode* body = code->children[*pc++];
      SYNC();
      register_postexe(vm, f, body);
      *sp++ = Value::nil();
      NEXT();
    }
    L_checktype: {
      uint32_t t = *pc++;
      sp[-1] = Value::boolean(check_type(vm, sp[-1], t));
      NEXT();
    }

    // The handler may switch threads (other frames run meanwhile) or raise here.
    interrupt_branch:   // pc is past the branch, which then jumps by branch_off
      SYNC();
      handle_interrupt(vm);
      LOAD();
      pc += branch_off;
      NEXT();
    interrupt_leave:
      SYNC();
      handle_interrupt(vm);
      LOAD();
      goto leave_checked;
    } catch (RubyError& e) {
      // Every raising path synced pc/sp into its frame first (do_send also moved sp
      // down to the receiver slot), so the frames are consistent here.
      Value out;
      if (unwind(vm, base, true, NonLocalExit{}, e.exception, &out) == Unwound::kReturn)
        return out;
    } catch (NonLocalExit& e) {
      Value out;
      if (unwind(vm, base, false, e, Value::nil(), &out) == Unwound::kReturn) return out;
    }
    continue;
  unwind_pending:
    // break/return from this loop's own frames: what the catch above would do, without
    // a C++ throw (frames above `base` all run in this loop; unwind throws if the
    // target is below it).
    {
      Value out;
      if (unwind(vm, base, false, pending, Value::nil(), &out) == Unwound::kReturn) return out;
    }
    continue;
  unwind_raise:
    // A raise in this loop's frames (raise_top, Kernel#raise), its pc/sp synced: what the
    // RubyError catch above would do, without the throw.
    {
      Value out;
      if (unwind(vm, base, true, NonLocalExit{}, raising, &out) == Unwound::kReturn) return out;
    }
  }
#undef LOAD
#undef SYNC
#undef NEXT
#undef CHECK_INTERRUPT_BRANCH
#undef LIT
}

}  // namespace maglev::vm
