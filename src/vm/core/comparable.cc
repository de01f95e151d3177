// Comparable: <, <=, >, >=, ==, between?, clamp in terms of <=>.
#include "vm/core/core.h"

namespace maglev::vm {

static int cmp_or_fail(Vm& vm, Value a, Value b) {
  Value c = vm.call(a, sym::cmp, 1, &b);
  if (c.is_nil()) {
    std::string desc = b.is_heap() && !is_string(b) && !is_float(b) && !is_bignum(b)
                           ? vm.class_name_of(b)
                           : vm.inspect(b);
    if (b.is_nil() || b.is_true() || b.is_false()) desc = vm.inspect(b);
    vm.raise(vm.eArgumentError, "comparison of " + vm.class_name_of(a) + " with " + desc + " failed");
  }
  if (c.is_fixnum()) return c.fixnum_value() < 0 ? -1 : c.fixnum_value() > 0 ? 1 : 0;
  Value zero = Value::fixnum(0);
  if (vm.call(c, sym::gt, 1, &zero).truthy()) return 1;
  if (vm.call(c, sym::lt, 1, &zero).truthy()) return -1;
  return 0;
}

NATIVE(cmp_lt) { UNUSED_ARGS; return Value::boolean(cmp_or_fail(vm, self, argv[0]) < 0); }
NATIVE(cmp_le) { UNUSED_ARGS; return Value::boolean(cmp_or_fail(vm, self, argv[0]) <= 0); }
NATIVE(cmp_gt) { UNUSED_ARGS; return Value::boolean(cmp_or_fail(vm, self, argv[0]) > 0); }
NATIVE(cmp_ge) { UNUSED_ARGS; return Value::boolean(cmp_or_fail(vm, self, argv[0]) >= 0); }
NATIVE(cmp_eq) {
  UNUSED_ARGS;
  if (self == argv[0]) return Value::t();
  Value c = vm.call(self, sym::cmp, 1, argv);
  return Value::boolean(c.is_fixnum() && c.fixnum_value() == 0);
}
NATIVE(cmp_between) {
  UNUSED_ARGS;
  return Value::boolean(cmp_or_fail(vm, self, argv[0]) >= 0 && cmp_or_fail(vm, self, argv[1]) <= 0);
}
NATIVE(cmp_clamp) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  Value lo, hi;
  if (argc == 1) {
    if (!is_range(argv[0])) vm.raise_type(argv[0], "Range");
    lo = argv[0].as<RRange>()->begin;
    hi = argv[0].as<RRange>()->end;
    if (!hi.is_nil() && (argv[0].heap()->flags & kFlagExcl))
      vm.raise(vm.eArgumentError, "cannot clamp with an exclusive range");
  } else {
    lo = argv[0];
    hi = argv[1];
  }
  if (!lo.is_nil() && !hi.is_nil() && cmp_or_fail(vm, lo, hi) > 0)
    vm.raise(vm.eArgumentError, "min argument must be smaller than max argument");
  if (!lo.is_nil() && cmp_or_fail(vm, self, lo) < 0) return lo;
  if (!hi.is_nil() && cmp_or_fail(vm, self, hi) > 0) return hi;
  return self;
}

void init_comparable(Vm& vm) {
  RClass* c = vm.mComparable;
  define_native(vm, c, "<", cmp_lt, 1);
  define_native(vm, c, "<=", cmp_le, 1);
  define_native(vm, c, ">", cmp_gt, 1);
  define_native(vm, c, ">=", cmp_ge, 1);
  define_native(vm, c, "==", cmp_eq, 1);
  define_native(vm, c, "between?", cmp_between, 2);
  define_native(vm, c, "clamp", cmp_clamp, -1);
}

}  // namespace maglev::vm
