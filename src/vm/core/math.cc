// Math: the libm functions with Ruby's domain errors.
#include <cmath>

#include "vm/core/core.h"

namespace maglev::vm {

static double arg(Vm& vm, Value v) {
  if (is_string(v) || v.is_nil() || v.is_true() || v.is_false()) {
    std::string d = v.is_nil() ? "nil" : v.is_true() ? "true" : v.is_false() ? "false" : "String";
    vm.raise(vm.eTypeError, "can't convert " + d + " into Float");
  }
  return vm.to_double(v);
}
static void domain(Vm& vm, bool bad, const char* name) {
  if (bad) vm.raise(vm.eMathDomain, std::string("Numerical argument is out of domain - \"") + name + "\"");
}
#define MATH1(fn, expr, check)                                \
  NATIVE(math_##fn) {                                         \
    UNUSED_ARGS;                                              \
    double x = arg(vm, argv[0]);                              \
    domain(vm, check, #fn);                                   \
    return float_new(vm, expr);                               \
  }
MATH1(sqrt, std::sqrt(x), x < 0)
MATH1(cbrt, std::cbrt(x), false)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), x < -1 || x > 1)
MATH1(acos, std::acos(x), x < -1 || x > 1)
MATH1(atan, std::atan(x), false)
MATH1(exp, std::exp(x), false)
MATH1(log2, std::log2(x), x < 0)
MATH1(log10, std::log10(x), x < 0)
MATH1(sinh, std::sinh(x), false)
MATH1(cosh, std::cosh(x), false)
MATH1(tanh, std::tanh(x), false)
NATIVE(math_log) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  double x = arg(vm, argv[0]);
  domain(vm, x < 0, "log");
  double r = std::log(x);
  if (argc > 1) r /= std::log(arg(vm, argv[1]));
  return float_new(vm, r);
}
NATIVE(math_atan2) { UNUSED_ARGS; return float_new(vm, std::atan2(arg(vm, argv[0]), arg(vm, argv[1]))); }
NATIVE(math_hypot) { UNUSED_ARGS; return float_new(vm, std::hypot(arg(vm, argv[0]), arg(vm, argv[1]))); }
NATIVE(math_pow) { UNUSED_ARGS; return float_new(vm, std::pow(arg(vm, argv[0]), arg(vm, argv[1]))); }

void init_math(Vm& vm) {
  RClass* m = vm.mMath;
  vm.eMathDomain = class_new(vm, vm.eArgumentError, m, "DomainError");
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"sqrt", math_sqrt, 1}, {"cbrt", math_cbrt, 1}, {"sin", math_sin, 1}, {"cos", math_cos, 1},
      {"tan", math_tan, 1}, {"asin", math_asin, 1}, {"acos", math_acos, 1}, {"atan", math_atan, 1},
      {"exp", math_exp, 1}, {"log", math_log, -1}, {"log2", math_log2, 1}, {"log10", math_log10, 1},
      {"sinh", math_sinh, 1}, {"cosh", math_cosh, 1}, {"tanh", math_tanh, 1},
      {"atan2", math_atan2, 2}, {"hypot", math_hypot, 2}};
  for (auto& f : fns) {
    define_native(vm, m, f.name, f.fn, f.arity, Visibility::kPrivate);
    define_native(vm, singleton_class(vm, Value::object(m)), f.name, f.fn, f.arity);
  }
  (void)math_pow;
  vm.const_set(m, intern("PI"), float_new(vm, M_PI));
  vm.const_set(m, intern("E"), float_new(vm, M_E));
}

}  // namespace maglev::vm
