// NilClass, TrueClass and FalseClass.
#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/interp/ops.h"

namespace maglev::vm {

// to_s of nil, true and false is frozen since Ruby 3.0; inspect is not.
static Value frozen_str(Vm& vm, const char* s) {
  Value v = str_new_ascii(vm, s);
  v.heap()->flags |= kFlagFrozen;
  return v;
}
NATIVE(nil_to_s) { UNUSED_ARGS; return frozen_str(vm, ""); }
NATIVE(nil_to_a) { UNUSED_ARGS; return ary_new(vm); }
NATIVE(nil_to_h) { UNUSED_ARGS; return hash_new(vm); }
NATIVE(nil_to_i) { UNUSED_ARGS; return Value::fixnum(0); }
NATIVE(nil_to_f) { UNUSED_ARGS; return float_new(vm, 0.0); }
NATIVE(nil_inspect) { UNUSED_ARGS; return str_new_ascii(vm, "nil"); }
NATIVE(nil_nil_p) { UNUSED_ARGS; return Value::t(); }
NATIVE(obj_nil_p) { UNUSED_ARGS; return Value::f(); }
const NativeFn kObjNilP = obj_nil_p, kNilNilP = nil_nil_p;   // (interp/ops.h)
NATIVE(nil_and) { UNUSED_ARGS; return Value::f(); }
NATIVE(nil_or) { UNUSED_ARGS; return Value::boolean(argv[0].truthy()); }
NATIVE(true_to_s) { UNUSED_ARGS; return frozen_str(vm, "true"); }
NATIVE(true_inspect) { UNUSED_ARGS; return str_new_ascii(vm, "true"); }
NATIVE(true_and) { UNUSED_ARGS; return Value::boolean(argv[0].truthy()); }
NATIVE(true_or) { UNUSED_ARGS; return Value::t(); }
NATIVE(true_xor) { UNUSED_ARGS; return Value::boolean(!argv[0].truthy()); }
NATIVE(false_to_s) { UNUSED_ARGS; return frozen_str(vm, "false"); }
NATIVE(false_inspect) { UNUSED_ARGS; return str_new_ascii(vm, "false"); }

void init_nil_true_false(Vm& vm) {
  RClass* n = vm.cNilClass;
  define_native(vm, n, "to_s", nil_to_s, 0);
  define_native(vm, n, "to_a", nil_to_a, 0);
  define_native(vm, n, "to_h", nil_to_h, 0);
  define_native(vm, n, "to_i", nil_to_i, 0);
  define_native(vm, n, "to_f", nil_to_f, 0);
  define_native(vm, n, "inspect", nil_inspect, 0);
  define_native(vm, n, "nil?", nil_nil_p, 0);
  define_native(vm, n, "&", nil_and, 1);
  define_native(vm, n, "|", nil_or, 1);
  define_native(vm, n, "^", nil_or, 1);
  define_native(vm, vm.mKernel, "nil?", obj_nil_p, 0);
  RClass* t = vm.cTrueClass;
  define_native(vm, t, "to_s", true_to_s, 0);
  define_native(vm, t, "inspect", true_inspect, 0);
  define_native(vm, t, "&", true_and, 1);
  define_native(vm, t, "|", true_or, 1);
  define_native(vm, t, "^", true_xor, 1);
  RClass* f = vm.cFalseClass;
  define_native(vm, f, "to_s", false_to_s, 0);
  define_native(vm, f, "inspect", false_inspect, 0);
  define_native(vm, f, "&", nil_and, 1);
  define_native(vm, f, "|", nil_or, 1);
  define_native(vm, f, "^", nil_or, 1);
  for (RClass* c : {n, t, f}) {
    RClass* meta = singleton_class(vm, Value::object(c));
    MethodEntry e;
    e.kind = MethodEntry::Kind::kUndefined;
    define_method_entry(vm, meta, sym::new_, e);
  }
}

}  // namespace maglev::vm
