// Float: IEEE arithmetic with Ruby's modulo/divmod, comparisons with Integers,
// rounding with digits and half modes, to_s (shortest round-trip), predicates.
#include <cfloat>
#include <cmath>

#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

Value int_pow(Vm& vm, Value a, Value b);

static double num(Vm& vm, Value self, Value b, SymId op, bool* ok) {
  *ok = true;
  if (is_float(b)) return float_value(b);
  if (is_integer(b)) return int_to_double(b);
  (void)self;
  (void)op;
  (void)vm;
  *ok = false;
  return 0;
}
static Value coerce(Vm& vm, Value self, Value b, SymId op) {
  if (!b.is_heap() || !vm.respond_to(b, sym::coerce, true)) {
    std::string desc = b.is_heap() ? vm.class_name_of(b) : vm.inspect(b);   // nil, true, :sym as themselves
    if (op == sym::lt || op == sym::le || op == sym::gt || op == sym::ge)
      vm.raise(vm.eArgumentError, "comparison of Float with " + (is_string(b) ? vm.inspect(b) : desc) + " failed");
    vm.raise(vm.eTypeError, desc + " can't be coerced into Float");
  }
  Value pair = vm.call(b, sym::coerce, 1, &self);
  Value y = ary_at(pair, 1);
  return vm.call(ary_at(pair, 0), op, 1, &y);
}
#define FLOAT_BINOP(name, op, sym_)                              \
  NATIVE(name) {                                                 \
    UNUSED_ARGS;                                                 \
    bool ok;                                                     \
    double y = num(vm, self, argv[0], sym_, &ok);                \
    if (!ok) return coerce(vm, self, argv[0], sym_);             \
    return float_new(vm, float_value(self) op y);                \
  }
FLOAT_BINOP(flo_plus, +, sym::plus)
FLOAT_BINOP(flo_minus, -, sym::minus)
FLOAT_BINOP(flo_mul, *, sym::mul)
FLOAT_BINOP(flo_div, /, sym::div)
NATIVE(flo_mod) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], sym::mod, &ok);
  if (!ok) return coerce(vm, self, argv[0], sym::mod);
  if (y == 0.0) vm.raise(vm.eZeroDivisionError, "divided by 0");   // flodivmod
  return float_new(vm, float_mod(float_value(self), y));
}
NATIVE(flo_divmod) {
  UNUSED_ARGS;
  bool ok;
  double x = float_value(self), y = num(vm, self, argv[0], intern("divmod"), &ok);
  if (!ok) return coerce(vm, self, argv[0], intern("divmod"));
  if (y == 0.0) vm.raise(vm.eZeroDivisionError, "divided by 0");
  double m = float_mod(x, y);
  double q = std::isnan(y) ? y : std::floor(x / y);
  if (std::isnan(q)) vm.raise(vm.eFloatDomainError, "NaN");   // GMP traps on these
  if (std::isinf(q)) vm.raise(vm.eFloatDomainError, q > 0 ? "Infinity" : "-Infinity");
  mpz_t z;
  mpz_init_set_d(z, q);
  Value qi = int_from_mpz(vm, z);
  mpz_clear(z);
  return ary_of(vm, {qi, float_new(vm, m)});
}
NATIVE(flo_pow) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], sym::pow, &ok);
  if (!ok) return coerce(vm, self, argv[0], sym::pow);
  double x = float_value(self);
  if (x < 0 && y != std::round(y)) {
    return vm.call(Value::object(vm.cComplex), intern("__polar_pi"),
                   {float_new(vm, std::pow(-x, y)), float_new(vm, y)});
  }
  return float_new(vm, std::pow(x, y));
}
NATIVE(flo_neg) { UNUSED_ARGS; return float_new(vm, -float_value(self)); }
NATIVE(flo_abs) { UNUSED_ARGS; return float_new(vm, std::fabs(float_value(self))); }
static int fcmp(double a, double b) { return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2; }
NATIVE(flo_eq) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], sym::eq, &ok);
  if (!ok) return argv[0].is_heap() && !is_string(argv[0]) ? Value::boolean(vm.call(argv[0], sym::eq, 1, &self).truthy()) : Value::f();
  if (is_integer(argv[0])) {
    Value r = vm.call(argv[0], sym::eq, 1, &self);
    return r;
  }
  return Value::boolean(float_value(self) == y);
}
NATIVE(flo_eql) { UNUSED_ARGS; return Value::boolean(is_float(argv[0]) && float_value(argv[0]) == float_value(self)); }
NATIVE(flo_cmp) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], sym::cmp, &ok);
  if (!ok) {
    if (!argv[0].is_heap() || !vm.respond_to(argv[0], sym::coerce, true)) return Value::nil();
    return coerce(vm, self, argv[0], sym::cmp);
  }
  int c = fcmp(float_value(self), y);
  if (is_integer(argv[0]) && c == 0) {
    Value r = vm.call(argv[0], sym::cmp, 1, &self);
    return r.is_fixnum() ? Value::fixnum(-r.fixnum_value()) : r;
  }
  return c == 2 ? Value::nil() : Value::fixnum(c);
}
#define FLOAT_REL(name, op, sym_)                                \
  NATIVE(name) {                                                 \
    UNUSED_ARGS;                                                 \
    bool ok;                                                     \
    double y = num(vm, self, argv[0], sym_, &ok);                \
    if (!ok) return coerce(vm, self, argv[0], sym_);             \
    return Value::boolean(float_value(self) op y);               \
  }
FLOAT_REL(flo_lt, <, sym::lt)
FLOAT_REL(flo_le, <=, sym::le)
FLOAT_REL(flo_gt, >, sym::gt)
FLOAT_REL(flo_ge, >=, sym::ge)
NATIVE(flo_hash) {
  UNUSED_ARGS;
  double d = float_value(self);
  if (d == 0.0) d = 0.0;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return Value::fixnum(static_cast<int64_t>((bits * 0x9E3779B97F4A7C15ULL) >> 2));
}
NATIVE(flo_to_s) { UNUSED_ARGS; return str_new_ascii(vm, float_to_s(float_value(self))); }
NATIVE(flo_to_f) { UNUSED_ARGS; return self; }
static Value to_int_checked(Vm& vm, double d) {
  if (std::isnan(d)) vm.raise(vm.eFloatDomainError, "NaN");
  if (std::isinf(d)) vm.raise(vm.eFloatDomainError, d > 0 ? "Infinity" : "-Infinity");
  if (d >= -4.6e18 && d <= 4.6e18) return Value::fixnum(static_cast<int64_t>(d));
  mpz_t z;
  mpz_init_set_d(z, d);
  Value v = int_from_mpz(vm, z);
  mpz_clear(z);
  return v;
}
NATIVE(flo_to_i) { UNUSED_ARGS; return to_int_checked(vm, std::trunc(float_value(self))); }
// Rounding to ndigits > 0 decimal places follows CRuby: x * 10**n rounded, then
// nudged when the half-way point divided back is still on the far side of x (so
// 2.675.round(2) is 2.68), and shortcuts when n is beyond the float's precision
// (the value itself) or below its magnitude (zero).
static double round_half_up(double x, double s) {
  double f = std::round(x * s);
  if (s == 1.0) return f;
  if (x > 0) {
    if ((f + 0.5) / s <= x) f += 1;
  } else {
    if ((f - 0.5) / s >= x) f -= 1;
  }
  return f;
}
static double round_half_down(double x, double s) {
  double f = std::round(x * s);
  if (x > 0) {
    if ((f - 0.5) / s >= x) f -= 1;
  } else {
    if ((f + 0.5) / s <= x) f += 1;
  }
  return f;
}
// Half-even: on |x|, a product at or above .5 rounds up, and one below .5 is still a
// tie when the half-way point divided back reaches x (1.005.round(2, half: :even) is
// 1.0 and 9.995.round(2, half: :even) is 10.0, as in CRuby).
static double round_half_even(double x, double s) {
  double ax = std::fabs(x);
  double xs = ax * s;
  double u = std::floor(xs);
  double v = xs - u;
  double f;
  if (v > 0.5) f = u + 1;
  else if (v == 0.5 || (s != 1.0 && (u + 0.5) / s <= ax)) f = std::fmod(u, 2.0) == 0.0 ? u : u + 1;
  else f = u;
  return x < 0 ? -f : f;
}
static bool float_round_overflow(int64_t nd, int binexp) {
  return nd >= (DBL_DIG + 2) - (binexp > 0 ? binexp / 4 : binexp / 3 - 1);
}
static bool float_round_underflow(int64_t nd, int binexp) {
  return nd < -(binexp > 0 ? binexp / 3 + 1 : binexp / 4);
}
// mode: 0 round, 1 floor, 2 ceil, 3 truncate; half: "up", "even", "down".
static Value round_common(Vm& vm, Value self, int argc, const Value* argv, int mode) {
  double x = float_value(self);
  int64_t nd = 0;
  std::string half = "up";
  int given = 0;
  for (int i = 0; i < argc; ++i) {
    if (is_hash(argv[i])) {
      if (mode != 0) vm.raise_arity(argc, 0, 1);
      Value h = hash_lookup(vm, argv[i], sym_value("half"));
      if (!h.is_undef() && !h.is_nil()) {
        if (!h.is_symbol() && !is_string(h)) vm.raise(vm.eArgumentError, "invalid rounding mode: " + vm.inspect(h));
        half = vm.to_s(h);
        if (half != "up" && half != "even" && half != "down")
          vm.raise(vm.eArgumentError, "invalid rounding mode: " + half);
      }
    } else {
      if (++given > 1) vm.raise_arity(given, 0, 1);
      nd = to_long(vm, argv[i]);
    }
  }
  if (x == 0.0) return nd > 0 ? self : Value::fixnum(0);
  if (nd > 0) {
    if (std::isnan(x) || std::isinf(x)) return self;
    int binexp;
    std::frexp(x, &binexp);
    if (float_round_overflow(nd, binexp)) return self;
    if (float_round_underflow(nd, binexp)) {
      if (mode == 0 || mode == 3 || (mode == 1 && x > 0) || (mode == 2 && x < 0)) return float_new(vm, 0.0);
    }
    double s = std::pow(10.0, static_cast<double>(nd));
    if (mode == 3) mode = x > 0 ? 1 : 2;
    double r;
    if (mode == 1) {
      double mul = std::floor(x * s);
      r = (mul + 1) / s;
      if (r > x) r = mul / s;
    } else if (mode == 2) {
      r = std::ceil(x * s) / s;
    } else if (nd > 14) {
      Value rat = vm.call(self, intern("to_r"));
      Value rounded = vm.fcall(rat, intern("round"), argc, argv, Value::nil(), argc > given);
      return float_new(vm, vm.to_double(rounded));
    } else {
      double f = half == "even" ? round_half_even(x, s) : half == "down" ? round_half_down(x, s) : round_half_up(x, s);
      r = f / s;
    }
    return float_new(vm, r);
  }
  double r;
  if (mode == 1) r = std::floor(x);
  else if (mode == 2) r = std::ceil(x);
  else if (mode == 3 || nd < 0) r = std::trunc(x);  // round(-n) rounds the integer part
  else r = half == "even" ? round_half_even(x, 1.0) : half == "down" ? round_half_down(x, 1.0) : std::round(x);
  Value iv = to_int_checked(vm, r);
  if (nd < 0) {
    Value args[2] = {Value::fixnum(nd), argc > given ? argv[argc - 1] : Value::nil()};
    const char* m = mode == 1 ? "floor" : mode == 2 ? "ceil" : mode == 3 ? "truncate" : "round";
    if (mode == 0 && argc > given) return vm.fcall(iv, intern(m), 2, args, Value::nil(), true);
    return vm.call(iv, intern(m), 1, args);
  }
  return iv;
}
NATIVE(flo_round) { UNUSED_ARGS; return round_common(vm, self, argc, argv, 0); }
NATIVE(flo_floor) { UNUSED_ARGS; return round_common(vm, self, argc, argv, 1); }
NATIVE(flo_ceil) { UNUSED_ARGS; return round_common(vm, self, argc, argv, 2); }
NATIVE(flo_truncate) { UNUSED_ARGS; return round_common(vm, self, argc, argv, 3); }
NATIVE(flo_nan) { UNUSED_ARGS; return Value::boolean(std::isnan(float_value(self))); }
NATIVE(flo_infinite) {
  UNUSED_ARGS;
  double d = float_value(self);
  return std::isinf(d) ? Value::fixnum(d > 0 ? 1 : -1) : Value::nil();
}
NATIVE(flo_finite) { UNUSED_ARGS; return Value::boolean(std::isfinite(float_value(self))); }
NATIVE(flo_zero) { UNUSED_ARGS; return Value::boolean(float_value(self) == 0.0); }
NATIVE(flo_positive) { UNUSED_ARGS; return Value::boolean(float_value(self) > 0.0); }
NATIVE(flo_negative) { UNUSED_ARGS; return Value::boolean(float_value(self) < 0.0); }
NATIVE(flo_coerce) {
  UNUSED_ARGS;
  return ary_of(vm, {float_new(vm, vm.to_double(argv[0])), self});
}
NATIVE(flo_remainder) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], intern("remainder"), &ok);
  if (!ok) return coerce(vm, self, argv[0], intern("remainder"));
  double x = float_value(self);
  if (std::isinf(y) && std::isfinite(x)) return self;
  return float_new(vm, std::fmod(x, y));
}
NATIVE(flo_idiv) {
  UNUSED_ARGS;
  bool ok;
  double y = num(vm, self, argv[0], intern("div"), &ok);
  if (!ok) return vm.call(coerce(vm, self, argv[0], sym::div), intern("floor"));
  if (y == 0.0) vm.raise(vm.eZeroDivisionError, "divided by 0");
  return to_int_checked(vm, std::floor(float_value(self) / y));
}
NATIVE(flo_next_float) { UNUSED_ARGS; return float_new(vm, std::nextafter(float_value(self), HUGE_VAL)); }
NATIVE(flo_prev_float) { UNUSED_ARGS; return float_new(vm, std::nextafter(float_value(self), -HUGE_VAL)); }
NATIVE(flo_fdiv) { UNUSED_ARGS; return float_new(vm, float_value(self) / vm.to_double(argv[0])); }
NATIVE(flo_quo) { UNUSED_ARGS; return float_new(vm, float_value(self) / vm.to_double(argv[0])); }

void init_float(Vm& vm) {
  RClass* c = vm.cFloat;
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"+", flo_plus, 1}, {"-", flo_minus, 1}, {"*", flo_mul, 1}, {"/", flo_div, 1},
      {"%", flo_mod, 1}, {"modulo", flo_mod, 1}, {"divmod", flo_divmod, 1}, {"**", flo_pow, 1},
      {"pow", flo_pow, 1}, {"-@", flo_neg, 0}, {"abs", flo_abs, 0}, {"magnitude", flo_abs, 0},
      {"==", flo_eq, 1}, {"===", flo_eq, 1}, {"eql?", flo_eql, 1}, {"<=>", flo_cmp, 1},
      {"<", flo_lt, 1}, {"<=", flo_le, 1}, {">", flo_gt, 1}, {">=", flo_ge, 1},
      {"hash", flo_hash, 0}, {"to_s", flo_to_s, 0}, {"inspect", flo_to_s, 0},
      {"to_f", flo_to_f, 0}, {"to_i", flo_to_i, 0}, {"to_int", flo_to_i, 0},
      {"round", flo_round, -1}, {"floor", flo_floor, -1}, {"ceil", flo_ceil, -1},
      {"truncate", flo_truncate, -1}, {"nan?", flo_nan, 0}, {"infinite?", flo_infinite, 0},
      {"finite?", flo_finite, 0}, {"zero?", flo_zero, 0}, {"positive?", flo_positive, 0},
      {"negative?", flo_negative, 0}, {"coerce", flo_coerce, 1}, {"fdiv", flo_fdiv, 1},
      {"quo", flo_quo, 1}, {"remainder", flo_remainder, 1}, {"div", flo_idiv, 1}, {"next_float", flo_next_float, 0},
      {"prev_float", flo_prev_float, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  vm.const_set(c, intern("INFINITY"), float_new(vm, HUGE_VAL));
  vm.const_set(c, intern("NAN"), float_new(vm, std::nan("")));
  vm.const_set(c, intern("EPSILON"), float_new(vm, DBL_EPSILON));
  vm.const_set(c, intern("MAX"), float_new(vm, DBL_MAX));
  vm.const_set(c, intern("MIN"), float_new(vm, DBL_MIN));
  vm.const_set(c, intern("RADIX"), Value::fixnum(FLT_RADIX));
  vm.const_set(c, intern("MANT_DIG"), Value::fixnum(DBL_MANT_DIG));
  vm.const_set(c, intern("MIN_EXP"), Value::fixnum(DBL_MIN_EXP));
  vm.const_set(c, intern("MAX_EXP"), Value::fixnum(DBL_MAX_EXP));
  vm.const_set(c, intern("MIN_10_EXP"), Value::fixnum(DBL_MIN_10_EXP));
  vm.const_set(c, intern("MAX_10_EXP"), Value::fixnum(DBL_MAX_10_EXP));
  vm.const_set(c, intern("DIG"), Value::fixnum(DBL_DIG));
  MethodEntry undef;
  undef.kind = MethodEntry::Kind::kUndefined;
  define_method_entry(vm, singleton_class(vm, Value::object(c)), sym::new_, undef);
}

}  // namespace maglev::vm
