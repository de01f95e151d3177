// Math: the libm functions with CRuby's argument conversion (Integer, Float, Rational
// via to_f; TypeError for nil and Strings), domain errors (Math::DomainError with
// CRuby's messages), logarithms of Integers too large for a double, and CRuby's
// corrections (cbrt refined by a Newton step, gamma exact for small integers).
#include <cfloat>
#include <cmath>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

double arg(Vm& vm, Value v) {
  if (is_float(v)) return float_value(v);
  if (v.is_fixnum()) return static_cast<double>(v.fixnum_value());
  if (is_string(v) || v.is_nil() || v.is_true() || v.is_false()) {
    std::string d = v.is_nil() ? "nil" : v.is_true() ? "true" : v.is_false() ? "false" : "String";
    vm.raise(vm.eTypeError, "can't convert " + d + " into Float");
  }
  return vm.to_double(v);
}

void domain(Vm& vm, bool bad, const char* name) {
  if (bad) vm.raise(vm.eMathDomain, std::string("Numerical argument is out of domain - ") + name);
}

// log of an argument that may be an Integer beyond the double range: log(d) plus
// the bits shifted away (CRuby's get_double_rshift).
double log_arg(Vm& vm, Value v, const char* name, double (*fn)(double), double per_bit) {
  if (is_bignum(v)) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool neg = mpz_sgn(z) < 0;
    size_t bits = mpz_sizeinbase(z, 2);
    size_t shift = bits >= DBL_MAX_EXP ? bits - DBL_MANT_DIG : 0;
    if (!neg && shift > 0) mpz_fdiv_q_2exp(z, z, shift);
    double d = mpz_get_d(z);
    mpz_clear(z);
    domain(vm, neg, name);
    return fn(d) + static_cast<double>(shift) * per_bit;
  }
  double x = arg(vm, v);
  domain(vm, x < 0.0, name);
  return fn(x);
}

double ruby_cbrt(double x) {
  double r = std::cbrt(x);
  if (std::isfinite(r) && !(x == 0.0 && r == 0.0)) r = (2.0 * r + (x / r / r)) / 3.0;
  return r;
}

double ruby_gamma(Vm& vm, double x) {
  if (std::isinf(x) && x < 0) domain(vm, true, "gamma");
  if (x == std::floor(x)) {
    domain(vm, x < 0, "gamma");
    if (x == 0.0) return std::signbit(x) ? -HUGE_VAL : HUGE_VAL;
    if (x <= 23) {   // exact factorials, as CRuby's table
      double f = 1;
      for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
      return f;
    }
  }
  return std::tgamma(x);
}

}  // namespace

#define MATH1(fn, expr, check)   \
  NATIVE(math_##fn) {            \
    UNUSED_ARGS;                 \
    double x = arg(vm, argv[0]); \
    domain(vm, check, #fn);      \
    return float_new(vm, expr);  \
  }
MATH1(cbrt, ruby_cbrt(x), false)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), x < -1 || x > 1)
MATH1(acos, std::acos(x), x < -1 || x > 1)
MATH1(atan, std::atan(x), false)
MATH1(exp, std::exp(x), false)
MATH1(sinh, std::sinh(x), false)
MATH1(cosh, std::cosh(x), false)
MATH1(tanh, std::tanh(x), false)
MATH1(asinh, std::asinh(x), false)
MATH1(acosh, std::acosh(x), x < 1)
MATH1(atanh, (x == 1 ? HUGE_VAL : x == -1 ? -HUGE_VAL : std::atanh(x)), x < -1 || x > 1)
MATH1(erf, std::erf(x), false)
MATH1(erfc, std::erfc(x), false)
MATH1(gamma, ruby_gamma(vm, x), false)

NATIVE(math_sqrt) {
  UNUSED_ARGS;
  Value v = argv[0];
  if (v.is_heap() && vm.class_of(v) == vm.cComplex)
    return vm.call(v, sym::pow, {float_new(vm, 0.5)});
  double x = arg(vm, v);
  domain(vm, x < 0, "sqrt");
  if (x == 0.0) return float_new(vm, 0.0);
  return float_new(vm, std::sqrt(x));
}
NATIVE(math_log) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  double r = log_arg(vm, argv[0], "log", [](double d) { return std::log(d); }, M_LN2);
  if (argc > 1) r /= log_arg(vm, argv[1], "log", [](double d) { return std::log(d); }, M_LN2);
  return float_new(vm, r);
}
NATIVE(math_log2) {
  UNUSED_ARGS;
  return float_new(vm, log_arg(vm, argv[0], "log2", [](double d) { return std::log2(d); }, 1.0));
}
NATIVE(math_log10) {
  UNUSED_ARGS;
  return float_new(vm, log_arg(vm, argv[0], "log10", [](double d) { return std::log10(d); }, std::log10(2.0)));
}
NATIVE(math_atan2) {
  UNUSED_ARGS;
  double y = arg(vm, argv[0]), x = arg(vm, argv[1]);
  return float_new(vm, std::atan2(y, x));
}
NATIVE(math_hypot) { UNUSED_ARGS; return float_new(vm, std::hypot(arg(vm, argv[0]), arg(vm, argv[1]))); }
NATIVE(math_lgamma) {
  UNUSED_ARGS;
  double x = arg(vm, argv[0]);
  if (std::isinf(x) && x < 0) domain(vm, true, "lgamma");
  if (x == 0.0) return ary_of(vm, {float_new(vm, HUGE_VAL), Value::fixnum(std::signbit(x) ? -1 : 1)});
  int sign = 1;
  double r = lgamma_r(x, &sign);
  return ary_of(vm, {float_new(vm, r), Value::fixnum(sign < 0 ? -1 : 1)});
}
NATIVE(math_frexp) {
  UNUSED_ARGS;
  int e = 0;
  double m = std::frexp(arg(vm, argv[0]), &e);
  return ary_of(vm, {float_new(vm, m), Value::fixnum(e)});
}
NATIVE(math_ldexp) {
  UNUSED_ARGS;
  return float_new(vm, std::ldexp(arg(vm, argv[0]), static_cast<int>(to_long(vm, argv[1]))));
}

void init_math(Vm& vm) {
  RClass* m = vm.mMath;
  vm.eMathDomain = class_new(vm, vm.eStandardError, m, "DomainError");
  struct { const char* name; NativeFn fn; int arity; } fns[] = {
      {"sqrt", math_sqrt, 1}, {"cbrt", math_cbrt, 1}, {"sin", math_sin, 1}, {"cos", math_cos, 1},
      {"tan", math_tan, 1}, {"asin", math_asin, 1}, {"acos", math_acos, 1}, {"atan", math_atan, 1},
      {"exp", math_exp, 1}, {"log", math_log, -1}, {"log2", math_log2, 1}, {"log10", math_log10, 1},
      {"sinh", math_sinh, 1}, {"cosh", math_cosh, 1}, {"tanh", math_tanh, 1},
      {"asinh", math_asinh, 1}, {"acosh", math_acosh, 1}, {"atanh", math_atanh, 1},
      {"erf", math_erf, 1}, {"erfc", math_erfc, 1}, {"gamma", math_gamma, 1},
      {"lgamma", math_lgamma, 1}, {"frexp", math_frexp, 1}, {"ldexp", math_ldexp, 2},
      {"atan2", math_atan2, 2}, {"hypot", math_hypot, 2}};
  for (auto& f : fns) {
    define_native(vm, m, f.name, f.fn, f.arity, Visibility::kPrivate);
    define_native(vm, singleton_class(vm, Value::object(m)), f.name, f.fn, f.arity);
  }
  vm.const_set(m, intern("PI"), float_new(vm, M_PI));
  vm.const_set(m, intern("E"), float_new(vm, M_E));
}

}  // namespace maglev::vm
