// Array's own versions of Enumerable methods that the prelude writes in Ruby over `each`
// (sort_by, inject/reduce, sum): the same results and the same calls of the block, without a
// splat Array and a nested `each` call per element. A subclass that redefines `each`
// gets Enumerable's versions, as in CRuby.
#include <vector>

#include "vm/core/core.h"
#include "vm/core/sort.h"

namespace maglev::vm {

namespace {

// Whether `self`'s each is Array#each (else Enumerable's Ruby version must run).
bool plain_each(Vm& vm, Value self) {
  MethodEntry* me = find_method(vm.class_of(self), sym::each);
  return me != nullptr && me->kind == MethodEntry::Kind::kNative && me->owner == vm.cArray;
}

Value enumerable_version(Vm& vm, const char* name, Value self, int argc, const Value* argv,
                         Value block) {
  MethodEntry* me = find_method(vm.mEnumerable, intern(name));
  return vm.call_entry(me, self, argc, argv, block, false);
}

}  // namespace

NATIVE(ary_sort_by) {
  RETURN_ENUM("sort_by");
  if (!plain_each(vm, self)) return enumerable_version(vm, "sort_by", self, argc, argv, block);
  std::vector<Value> vals, keys;
  RootScope r1(vm.heap, vals), r2(vm.heap, keys);
  for (int64_t i = 0; i < ary_len(self); ++i) {
    vals.push_back(ary_ptr(self)->ptr[i]);
    keys.push_back(vm.yield1(block, vals.back()));
  }
  // Sorts the indexes (Integers) by their keys.
  size_t n = vals.size();
  std::vector<Value> order(n), tmp(n);
  for (size_t i = 0; i < n; ++i) order[i] = Value::fixnum(static_cast<int64_t>(i));
  merge_sort(order.data(), tmp.data(), n, [&](Value a, Value b) {
    return sort_cmp(vm, keys[static_cast<size_t>(a.fixnum_value())],
                    keys[static_cast<size_t>(b.fixnum_value())], Value::nil());
  });
  Value out = ary_new(vm, static_cast<int64_t>(n));
  for (Value i : order) ary_push(vm, out, vals[static_cast<size_t>(i.fixnum_value())]);
  return out;
}

// inject/reduce with a block and at most an initial value; the operator forms go to
// Enumerable's version.
NATIVE(ary_inject) {
  if (block.is_nil() || argc > 1 || !plain_each(vm, self))
    return enumerable_version(vm, "inject", self, argc, argv, block);
  bool has_acc = argc == 1;
  Value acc = has_acc ? argv[0] : Value::nil();
  for (int64_t i = 0; i < ary_len(self); ++i) {
    Value v = ary_ptr(self)->ptr[i];
    if (!has_acc) {
      acc = v;
      has_acc = true;
      continue;
    }
    Value args[2] = {acc, v};
    acc = vm.yield(block, 2, args);
  }
  return acc;
}

// sum of Integers that stay Fixnums (no block, an Integer or no initial value): a
// direct loop; anything else (Floats, Bignums, other objects, a block) goes to
// Enumerable's version, which does the Kahan-Babuska summation and calls `+`. As in
// CRuby, a subclass's own `each` is not used by the fast path.
NATIVE(ary_sum) {
  if (!block.is_nil() || argc > 1 || (argc == 1 && !argv[0].is_fixnum()))
    return enumerable_version(vm, "sum", self, argc, argv, block);
  int64_t acc = argc == 1 ? argv[0].fixnum_value() : 0;
  for (int64_t i = 0; i < ary_len(self); ++i) {
    Value v = ary_ptr(self)->ptr[i];
    if (!v.is_fixnum() || __builtin_add_overflow(acc, v.fixnum_value(), &acc) || !Value::fits_fixnum(acc))
      return enumerable_version(vm, "sum", self, argc, argv, block);
  }
  return Value::fixnum(acc);
}

void init_array_enum(Vm& vm) {
  define_native(vm, vm.cArray, "sum", ary_sum, -1);
  define_native(vm, vm.cArray, "sort_by", ary_sort_by, 0);
  define_native(vm, vm.cArray, "inject", ary_inject, -1);
  define_native(vm, vm.cArray, "reduce", ary_inject, -1);
}

}  // namespace maglev::vm
