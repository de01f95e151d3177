// Range: construction, bounds, membership, iteration over Integers and #succ
// values, step, to_a, inspect.
#include <cmath>

#include <algorithm>

#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

Value range_new(Vm& vm, Value lo, Value hi, bool excl) {
  if (!(lo.is_fixnum() && hi.is_fixnum()) && !lo.is_nil() && !hi.is_nil()) {
    Value c = vm.call(lo, sym::cmp, 1, &hi);
    if (c.is_nil()) vm.raise(vm.eArgumentError, "bad value for range");
  }
  auto* r = vm.heap.make<RRange>(HeapType::kRange, vm.cRange);
  r->begin = lo;
  r->end = hi;
  if (excl) r->basic.flags |= kFlagExcl;
  r->basic.flags |= kFlagFrozen;
  return Value::object(r);
}
static RRange* R(Value v) { return v.as<RRange>(); }
static bool excl(Value v) { return v.heap()->flags & kFlagExcl; }

NATIVE(range_s_new) {
  UNUSED_ARGS;
  check_args(vm, argc, 2, 3);
  Value r = range_new(vm, argv[0], argv[1], argc > 2 && argv[2].truthy());
  r.heap()->klass = self.as<RClass>();
  return r;
}
NATIVE(range_begin) { UNUSED_ARGS; return R(self)->begin; }
NATIVE(range_end) { UNUSED_ARGS; return R(self)->end; }
NATIVE(range_excl) { UNUSED_ARGS; return Value::boolean(excl(self)); }
NATIVE(range_first) {
  UNUSED_ARGS;
  if (argc == 0) {
    if (R(self)->begin.is_nil()) vm.raise(vm.eRangeError, "cannot get the first element of beginless range");
    return R(self)->begin;
  }
  return vm.call(vm.call(self, intern("each_slice_first"), argc, argv), intern("itself"));
}
NATIVE(range_each) {
  UNUSED_ARGS;
  RETURN_ENUM("each");
  Value b = R(self)->begin, e = R(self)->end;
  if (b.is_fixnum() && (e.is_fixnum() || e.is_nil())) {
    int64_t lo = b.fixnum_value();
    if (e.is_nil()) {
      for (int64_t i = lo;; ++i) vm.yield1(block, Value::fixnum(i));
    }
    int64_t hi = e.fixnum_value() - (excl(self) ? 1 : 0);
    for (int64_t i = lo; i <= hi; ++i) vm.yield1(block, Value::fixnum(i));
    return self;
  }
  if (b.is_nil() || is_float(b)) vm.raise(vm.eTypeError, "can't iterate from " + vm.class_name_of(b));
  if (!vm.respond_to(b, sym::succ)) vm.raise(vm.eTypeError, "can't iterate from " + vm.class_name_of(b));
  Value v = b;
  if (is_string(b) && is_string(e) && str_ptr(b)->len == 1 && str_ptr(e)->len == 1 &&
      static_cast<unsigned char>(str_view(b)[0]) < 0x80 && static_cast<unsigned char>(str_view(e)[0]) < 0x80) {
    Value args[2] = {e, Value::boolean(excl(self))};   // "A".."z": by character code (upto)
    vm.call(b, intern("upto"), 2, args, block);
    return self;
  }
  if (is_string(b) && is_string(e)) {
    // String ranges stop when the length exceeds the end's.
    int64_t maxlen = str_ptr(e)->len;
    auto digits = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    Value c0 = vm.call(b, sym::cmp, 1, &e);
    if (!(digits(str_view(b)) && digits(str_view(e))) && c0.is_fixnum() &&
        (c0.fixnum_value() > 0 || (excl(self) && c0.fixnum_value() == 0)))
      return self;
    for (;;) {
      Value c = vm.call(v, sym::cmp, 1, &e);
      if (str_ptr(v)->len > maxlen) break;
      if (c == Value::fixnum(0)) {
        if (!excl(self)) vm.yield1(block, v);
        break;
      }
      vm.yield1(block, v);
      v = vm.call(v, sym::succ);
    }
    return self;
  }
  for (;;) {
    if (!e.is_nil()) {
      Value c = vm.call(v, sym::cmp, 1, &e);
      if (c.is_nil() || c.fixnum_value() > 0 || (excl(self) && c == Value::fixnum(0))) break;
    }
    vm.yield1(block, v);
    v = vm.call(v, sym::succ);
  }
  return self;
}
NATIVE(range_include) {
  UNUSED_ARGS;
  Value v = argv[0], b = R(self)->begin, e = R(self)->end;
  if (!b.is_nil()) {
    Value c = vm.call(b, sym::cmp, 1, &v);
    if (c.is_nil() || c.fixnum_value() > 0) return Value::f();
  }
  if (!e.is_nil()) {
    Value c = vm.call(v, sym::cmp, 1, &e);
    if (c.is_nil()) return Value::f();
    int64_t k = c.fixnum_value();
    if (excl(self) ? k >= 0 : k > 0) return Value::f();
  }
  return Value::t();
}
// A String end makes to_s/inspect take its encoding; numbers make US-ASCII text.
static bool ends_text(Value self) { return is_string(R(self)->begin) || is_string(R(self)->end); }
NATIVE(range_to_s) {
  UNUSED_ARGS;
  std::string s = (R(self)->begin.is_nil() ? "" : vm.to_s(R(self)->begin)) + (excl(self) ? "..." : "..") +
                  (R(self)->end.is_nil() ? "" : vm.to_s(R(self)->end));
  return ends_text(self) ? str_new(vm, s) : str_new_7bit(vm, s);
}
NATIVE(range_inspect) {
  UNUSED_ARGS;
  Value b = R(self)->begin, e = R(self)->end;   // nil..nil shows both nils
  std::string s = (b.is_nil() && !e.is_nil() ? "" : vm.inspect(b)) + (excl(self) ? "..." : "..") +
                  (e.is_nil() && !b.is_nil() ? "" : vm.inspect(e));
  return ends_text(self) ? str_new(vm, s) : str_new_7bit(vm, s);
}
NATIVE(range_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_range(o)) return Value::f();
  return Value::boolean(excl(self) == excl(o) && vm.equal(R(self)->begin, R(o)->begin) &&
                        vm.equal(R(self)->end, R(o)->end));
}
NATIVE(range_eql) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_range(o)) return Value::f();
  return Value::boolean(excl(self) == excl(o) && vm.eql(R(self)->begin, R(o)->begin) &&
                        vm.eql(R(self)->end, R(o)->end));
}
NATIVE(range_hash) {
  UNUSED_ARGS;
  return Value::fixnum(static_cast<int64_t>((vm.hash_of(R(self)->begin) * 31 + vm.hash_of(R(self)->end) + excl(self)) >> 2));
}
NATIVE(range_size) {
  UNUSED_ARGS;
  Value b = R(self)->begin, e = R(self)->end;
  if (!is_integer(b) && !is_float(b)) {
    if (b.is_nil() && (is_integer(e) || is_float(e))) return float_new(vm, HUGE_VAL);
    return Value::nil();
  }
  if (e.is_nil()) return float_new(vm, HUGE_VAL);
  if (b.is_fixnum() && e.is_fixnum()) {
    int64_t n = e.fixnum_value() - b.fixnum_value() + (excl(self) ? 0 : 1);
    return Value::fixnum(n < 0 ? 0 : n);
  }
  if (is_integer(b) && is_integer(e)) {   // a Bignum end: exact, through Integer#-
    Value n = vm.call(e, intern("-"), {b});
    if (!excl(self)) n = vm.call(n, intern("+"), {Value::fixnum(1)});
    return vm.call(n, intern("<"), {Value::fixnum(0)}).truthy() ? Value::fixnum(0) : n;
  }
  double n = std::floor(vm.to_double(e) - vm.to_double(b));
  if (std::isinf(n)) return n > 0 ? float_new(vm, HUGE_VAL) : Value::fixnum(0);
  if (!excl(self) || vm.to_double(b) + n < vm.to_double(e)) n += 1;
  return Value::fixnum(n < 0 ? 0 : static_cast<int64_t>(n));
}

void init_range(Vm& vm) {
  RClass* c = vm.cRange;
  define_native(vm, singleton_class(vm, Value::object(c)), "new", range_s_new, -1);
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"begin", range_begin, 0}, {"end", range_end, 0}, {"exclude_end?", range_excl, 0},
      {"each", range_each, 0}, {"include?", range_include, 1}, {"member?", range_include, 1},
      {"===", range_include, 1}, {"cover?", range_include, 1}, {"to_s", range_to_s, 0},
      {"inspect", range_inspect, 0}, {"==", range_eq, 1}, {"eql?", range_eql, 1},
      {"hash", range_hash, 0}, {"size", range_size, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  (void)range_first;
}

}  // namespace maglev::vm
