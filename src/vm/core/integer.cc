// Integer (fixnums and GMP bignums) and Numeric: arithmetic with overflow into
// bignums, division and modulo with Ruby's floor semantics, bit operations,
// comparisons, coercion with Float and user numerics, and iteration (times, upto).
#include <cfloat>
#include <cmath>
#include <numeric>

#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

namespace {

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) {
    mpz_init(z);
    int_to_mpz(v, z);
  }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

[[noreturn]] void zero_div(Vm& vm) { vm.raise(vm.eZeroDivisionError, "divided by 0"); }

// Calls other.coerce(self) and applies op to the pair.
Value coerce_bin(Vm& vm, Value self, Value other, SymId op) {
  if (!other.is_heap() || !vm.respond_to(other, sym::coerce, true)) {
    // a special constant (nil, true, a Symbol) shows as itself, as rb_num_coerce words it
    std::string desc = other.is_heap() ? vm.class_name_of(other) : vm.inspect(other);
    if (op == sym::plus || op == sym::minus || op == sym::mul || op == sym::div ||
        op == sym::mod || op == sym::pow || op == intern("divmod") || op == intern("fdiv"))
      vm.raise(vm.eTypeError, desc + " can't be coerced into " + vm.class_name_of(self));
    vm.raise(vm.eArgumentError, "comparison of " + vm.class_name_of(self) + " with " +
                                    (other.is_heap() ? vm.class_name_of(other) : vm.inspect(other)) + " failed");
  }
  Value pair = vm.call(other, sym::coerce, 1, &self);
  if (!is_array(pair) || ary_len(pair) != 2) vm.raise(vm.eTypeError, "coerce must return [x, y]");
  Value y = ary_at(pair, 1);
  return vm.call(ary_at(pair, 0), op, 1, &y);
}

Value big_binop(Vm& vm, Value a, Value b, char op) {
  Mpz x(a), y(b), r;
  switch (op) {
    case '+': mpz_add(r.z, x.z, y.z); break;
    case '-': mpz_sub(r.z, x.z, y.z); break;
    case '*': mpz_mul(r.z, x.z, y.z); break;
    case '/':
      if (mpz_sgn(y.z) == 0) zero_div(vm);
      mpz_fdiv_q(r.z, x.z, y.z);
      break;
    case '%':
      if (mpz_sgn(y.z) == 0) zero_div(vm);
      mpz_fdiv_r(r.z, x.z, y.z);
      break;
    case '&': mpz_and(r.z, x.z, y.z); break;
    case '|': mpz_ior(r.z, x.z, y.z); break;
    case '^': mpz_xor(r.z, x.z, y.z); break;
  }
  return int_from_mpz(vm, r.z);
}

int int_cmp(Value a, Value b) {
  if (a.is_fixnum() && b.is_fixnum())
    return a.fixnum_value() < b.fixnum_value() ? -1 : a.fixnum_value() > b.fixnum_value();
  Mpz x(a), y(b);
  int c = mpz_cmp(x.z, y.z);
  return c < 0 ? -1 : c > 0;
}

// Compares an Integer with a Float exactly (big values included).
int int_float_cmp(Value a, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (a.is_fixnum()) {
    double x = static_cast<double>(a.fixnum_value());
    if (x < d) return -1;
    if (x > d) return 1;
    // equal as doubles: compare exactly via the integer part
    double ip = std::trunc(d);
    if (ip == d) {
      Mpz y;
      mpz_set_d(y.z, d);
      Mpz xx(a);
      int c = mpz_cmp(xx.z, y.z);
      return c < 0 ? -1 : c > 0;
    }
    return x < d ? -1 : 1;
  }
  Mpz x(a), y;
  double ip = std::trunc(d);
  mpz_set_d(y.z, ip);
  int c = mpz_cmp(x.z, y.z);
  if (c != 0) return c < 0 ? -1 : 1;
  double frac = d - ip;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

}  // namespace

Value int_pow(Vm& vm, Value a, Value b) {
  if (is_float(b)) {
    double x = int_to_double(a), y = float_value(b);
    if (x < 0 && y != std::round(y))
      return vm.call(Value::object(vm.cComplex), intern("__polar_pi"),
                     {float_new(vm, std::pow(-x, y)), b});
    return float_new(vm, std::pow(x, y));
  }
  if (!is_integer(b)) return coerce_bin(vm, a, b, sym::pow);
  Mpz x(a), y(b);
  if (mpz_sgn(y.z) < 0) {
    // Integer ** negative -> Rational
    Value r = vm.call(Value::object(vm.cObject), intern("Rational"), {a, Value::fixnum(1)});
    return vm.call(r, sym::pow, {b});
  }
  if (!mpz_fits_ulong_p(y.z)) {
    if (mpz_cmp_si(x.z, 1) == 0) return Value::fixnum(1);
    if (mpz_cmp_si(x.z, 0) == 0) return Value::fixnum(0);
    if (mpz_cmp_si(x.z, -1) == 0) return Value::fixnum(mpz_even_p(y.z) ? 1 : -1);
    return float_new(vm, std::pow(mpz_get_d(x.z), mpz_get_d(y.z)));   // rb_big_pow: a Float
  }
  unsigned long e = mpz_get_ui(y.z);
  if (mpz_sizeinbase(x.z, 2) * e > 32 * 1024 * 1024 * 8ul && mpz_cmpabs_ui(x.z, 1) > 0) {
    return float_new(vm, HUGE_VAL);
  }
  Mpz r;
  mpz_pow_ui(r.z, x.z, e);
  return int_from_mpz(vm, r.z);
}

NATIVE(int_plus) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (self.is_fixnum() && b.is_fixnum()) return int_new(vm, self.fixnum_value() + b.fixnum_value());
  if (is_integer(b)) return big_binop(vm, self, b, '+');
  if (is_float(b)) return float_new(vm, int_to_double(self) + float_value(b));
  return coerce_bin(vm, self, b, sym::plus);
}
NATIVE(int_minus) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (self.is_fixnum() && b.is_fixnum()) return int_new(vm, self.fixnum_value() - b.fixnum_value());
  if (is_integer(b)) return big_binop(vm, self, b, '-');
  if (is_float(b)) return float_new(vm, int_to_double(self) - float_value(b));
  return coerce_bin(vm, self, b, sym::minus);
}
NATIVE(int_mul) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (self.is_fixnum() && b.is_fixnum()) {
    __int128 r = static_cast<__int128>(self.fixnum_value()) * b.fixnum_value();
    if (r >= Value::kFixMin && r <= Value::kFixMax) return Value::fixnum(static_cast<int64_t>(r));
  }
  if (is_integer(b)) return big_binop(vm, self, b, '*');
  if (is_float(b)) return float_new(vm, int_to_double(self) * float_value(b));
  return coerce_bin(vm, self, b, sym::mul);
}
NATIVE(int_div) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (self.is_fixnum() && b.is_fixnum()) {
    int64_t x = self.fixnum_value(), y = b.fixnum_value();
    if (y == 0) zero_div(vm);
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return int_new(vm, q);
  }
  if (is_integer(b)) return big_binop(vm, self, b, '/');
  if (is_float(b)) return float_new(vm, int_to_double(self) / float_value(b));
  return coerce_bin(vm, self, b, sym::div);
}
NATIVE(int_idiv) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_float(b)) {
    if (float_value(b) == 0.0) zero_div(vm);
    return vm.call(float_new(vm, std::floor(int_to_double(self) / float_value(b))), intern("to_i"));
  }
  if (is_integer(b)) return int_div(vm, self, argc, argv, block);
  return vm.call(coerce_bin(vm, self, b, sym::div), intern("floor"));
}
NATIVE(int_mod) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (self.is_fixnum() && b.is_fixnum()) {
    int64_t x = self.fixnum_value(), y = b.fixnum_value();
    if (y == 0) zero_div(vm);
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return Value::fixnum(m);
  }
  if (is_integer(b)) return big_binop(vm, self, b, '%');
  if (is_float(b)) {
    if (float_value(b) == 0.0) zero_div(vm);   // flodivmod
    return float_new(vm, float_mod(int_to_double(self), float_value(b)));
  }
  return coerce_bin(vm, self, b, sym::mod);
}
NATIVE(int_remainder) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_float(b)) return float_new(vm, std::fmod(int_to_double(self), float_value(b)));
  if (!is_integer(b)) return coerce_bin(vm, self, b, intern("remainder"));
  Mpz x(self), y(b), r;
  if (mpz_sgn(y.z) == 0) zero_div(vm);
  mpz_tdiv_r(r.z, x.z, y.z);
  return int_from_mpz(vm, r.z);
}
NATIVE(int_divmod) {
  UNUSED_ARGS;
  Value b = argv[0];
  // as Float#divmod: an Integer quotient (10.divmod(-3.0) is [-4, -2.0])
  if (is_float(b)) return vm.call(float_new(vm, int_to_double(self)), intern("divmod"), {b});
  if (!is_integer(b)) return coerce_bin(vm, self, b, intern("divmod"));
  Value args[1] = {b};
  Value q = int_div(vm, self, 1, args, Value::nil());
  Value m = int_mod(vm, self, 1, args, Value::nil());
  return ary_of(vm, {q, m});
}
// x / y (x, y > 0) as CRuby's big fdiv computes it: y cut to its top 64 bits, x
// scaled to about 128 bits, their truncated quotient rounded to a double. Not always
// the correctly rounded x / y, but the bits CRuby prints. Clobbers x and y.
static double cruby_big_fdiv(mpz_t x, mpz_t y) {
  long ey = static_cast<long>(mpz_sizeinbase(y, 2)) - 64;
  if (ey > 0) mpz_tdiv_q_2exp(y, y, static_cast<mp_bitcnt_t>(ey));
  else if (ey < 0) mpz_mul_2exp(y, y, static_cast<mp_bitcnt_t>(-ey));
  long ex = static_cast<long>(mpz_sizeinbase(x, 2)) - 128;
  if (ex > 32) ex -= 32;
  else if (ex > 0) ex = 0;
  if (ex > 0) mpz_tdiv_q_2exp(x, x, static_cast<mp_bitcnt_t>(ex));
  else if (ex < 0) mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(-ex));
  mpz_tdiv_q(x, x, y);
  return std::ldexp(mpz_to_double(x), static_cast<int>(ex - ey));
}
// Integer#fdiv as CRuby: reduce by the gcd; a Fixnum over a Fixnum and a Bignum over
// a Fixnum divide as doubles, the rest by cruby_big_fdiv.
static double int_fdiv_double(Value a, Value b) {
  if (a.is_fixnum() && b.is_fixnum() && b.fixnum_value() != 0) {
    int64_t x = a.fixnum_value(), y = b.fixnum_value();
    int64_t g = std::gcd(x, y);
    if (g > 1) x /= g, y /= g;
    return static_cast<double>(x) / static_cast<double>(y);
  }
  Mpz x(a), y(b), g;
  if (mpz_sgn(y.z) == 0) return mpz_sgn(x.z) == 0 ? std::nan("") : (mpz_sgn(x.z) > 0 ? HUGE_VAL : -HUGE_VAL);
  mpz_gcd(g.z, x.z, y.z);
  if (mpz_sgn(g.z) != 0 && mpz_cmp_ui(g.z, 1) != 0) {
    mpz_divexact(x.z, x.z, g.z);
    mpz_divexact(y.z, y.z, g.z);
  }
  bool y_fix = mpz_sizeinbase(y.z, 2) <= 62;
  if (y_fix) {
    double dx = mpz_to_double(x.z);
    if (!std::isinf(dx)) return dx / mpz_to_double(y.z);
  }
  bool neg = (mpz_sgn(x.z) < 0) != (mpz_sgn(y.z) < 0);
  if (mpz_sgn(x.z) == 0) return neg ? -0.0 : 0.0;
  mpz_abs(x.z, x.z);
  mpz_abs(y.z, y.z);
  double d = cruby_big_fdiv(x.z, y.z);
  return neg ? -d : d;
}
NATIVE(int_fdiv) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_integer(b)) return float_new(vm, int_fdiv_double(self, b));
  if (is_float(b)) return float_new(vm, int_to_double(self) / float_value(b));
  if (b.is_nil() || b.is_true() || b.is_false() || is_string(b) || !b.is_heap() ||
      !vm.respond_to(b, sym::coerce, true))
    return coerce_bin(vm, self, b, intern("fdiv"));
  return vm.call(vm.call(self, intern("to_f")), sym::div, {b});
}
NATIVE(int_pow_m) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argc == 2) {
    if (!is_integer(argv[0]))
      vm.raise(vm.eTypeError, "Integer#pow() 2nd argument not allowed unless a 1st argument is integer");
    if (int_cmp(argv[0], Value::fixnum(0)) < 0)
      vm.raise(vm.eRangeError, "Integer#pow() 1st argument cannot be negative when 2nd argument specified");
    if (!is_integer(argv[1]))
      vm.raise(vm.eTypeError, "Integer#pow() 2nd argument not allowed unless all arguments are integers");
    Mpz x(self), e(argv[0]), m(argv[1]), r;
    if (mpz_sgn(m.z) == 0) zero_div(vm);
    mpz_powm(r.z, x.z, e.z, m.z);
    if (mpz_sgn(m.z) < 0 && mpz_sgn(r.z) > 0) mpz_add(r.z, r.z, m.z);
    return int_from_mpz(vm, r.z);
  }
  return int_pow(vm, self, argv[0]);
}
NATIVE(int_pow_op) {
  UNUSED_ARGS;
  return int_pow(vm, self, argv[0]);
}
NATIVE(int_neg) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return int_new(vm, -self.fixnum_value());
  Mpz x(self);
  mpz_neg(x.z, x.z);
  return int_from_mpz(vm, x.z);
}
NATIVE(int_abs) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return int_new(vm, std::llabs(self.fixnum_value()));
  Mpz x(self);
  mpz_abs(x.z, x.z);
  return int_from_mpz(vm, x.z);
}
NATIVE(int_invert) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::fixnum(~self.fixnum_value());
  Mpz x(self);
  mpz_com(x.z, x.z);
  return int_from_mpz(vm, x.z);
}
static Value bitop(Vm& vm, Value self, Value b, char op) {
  if (!is_integer(b)) {
    if (is_float(b)) vm.raise(vm.eTypeError, "can't convert Float into Integer for bitwise arithmetic");
    return coerce_bin(vm, self, b, op == '&' ? sym::and_ : op == '|' ? sym::or_ : sym::xor_);
  }
  if (self.is_fixnum() && b.is_fixnum()) {
    int64_t x = self.fixnum_value(), y = b.fixnum_value();
    return Value::fixnum(op == '&' ? x & y : op == '|' ? x | y : x ^ y);
  }
  return big_binop(vm, self, b, op);
}
NATIVE(int_and) { UNUSED_ARGS; return bitop(vm, self, argv[0], '&'); }
NATIVE(int_or) { UNUSED_ARGS; return bitop(vm, self, argv[0], '|'); }
NATIVE(int_xor) { UNUSED_ARGS; return bitop(vm, self, argv[0], '^'); }
static Value shift(Vm& vm, Value self, int64_t n) {
  Mpz x(self), r;
  if (n >= 0) {
    if (n > (int64_t{1} << 31)) vm.raise(vm.eRangeError, "shift width too big");
    mpz_mul_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(n));
  } else {
    mpz_fdiv_q_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(-n));
  }
  return int_from_mpz(vm, r.z);
}
NATIVE(int_lshift) { UNUSED_ARGS; return shift(vm, self, to_long(vm, argv[0])); }
NATIVE(int_rshift) { UNUSED_ARGS; return shift(vm, self, -to_long(vm, argv[0])); }
// int[i] here; int[i, len] and int[range] in Ruby (Integer#__aref_bits, core/prelude/numeric.rb).
NATIVE(int_aref) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argc == 2 || is_range(argv[0])) return vm.call(self, intern("__aref_bits"), argc, argv);
  Value i0 = to_integer(vm, argv[0]);
  if (!i0.is_fixnum())   // a Bignum index: past every bit, where the sign extends
    return Value::fixnum(int_cmp(i0, Value::fixnum(0)) > 0 && int_cmp(self, Value::fixnum(0)) < 0 ? 1 : 0);
  Mpz x(self);
  int64_t i = to_long(vm, argv[0]);
  if (i < 0) return Value::fixnum(0);
  return Value::fixnum(mpz_tstbit(x.z, static_cast<mp_bitcnt_t>(i)));
}
NATIVE(int_eq) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_integer(b)) return Value::boolean(int_cmp(self, b) == 0);
  if (is_float(b)) return Value::boolean(int_float_cmp(self, float_value(b)) == 0);
  if (!b.is_heap() || is_string(b)) return Value::f();
  return Value::boolean(vm.call(b, sym::eq, 1, &self).truthy());
}
NATIVE(int_eql) {
  UNUSED_ARGS;
  return Value::boolean(is_integer(argv[0]) && int_cmp(self, argv[0]) == 0);
}
NATIVE(int_cmp_m) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_integer(b)) return Value::fixnum(int_cmp(self, b));
  if (is_float(b)) {
    int c = int_float_cmp(self, float_value(b));
    return c == 2 ? Value::nil() : Value::fixnum(c);
  }
  if (b.is_heap() && vm.respond_to(b, sym::coerce, true)) {
    try {
      return coerce_bin(vm, self, b, sym::cmp);
    } catch (RubyError&) {
      return Value::nil();
    }
  }
  return Value::nil();
}
static Value relop(Vm& vm, Value self, Value b, SymId op, bool (*pred)(int)) {
  int c;
  if (is_integer(b)) c = int_cmp(self, b);
  else if (is_float(b)) {
    c = int_float_cmp(self, float_value(b));
    if (c == 2) return Value::f();
  } else
    return coerce_bin(vm, self, b, op);
  return Value::boolean(pred(c));
}
NATIVE(int_lt) { UNUSED_ARGS; return relop(vm, self, argv[0], sym::lt, [](int c) { return c < 0; }); }
NATIVE(int_le) { UNUSED_ARGS; return relop(vm, self, argv[0], sym::le, [](int c) { return c <= 0; }); }
NATIVE(int_gt) { UNUSED_ARGS; return relop(vm, self, argv[0], sym::gt, [](int c) { return c > 0; }); }
NATIVE(int_ge) { UNUSED_ARGS; return relop(vm, self, argv[0], sym::ge, [](int c) { return c >= 0; }); }
NATIVE(int_hash) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::fixnum(static_cast<int64_t>((self.bits() * 0x9E3779B97F4A7C15ULL) >> 2));
  return Value::fixnum(static_cast<int64_t>(std::hash<std::string>{}(int_to_string(self)) >> 2));
}
NATIVE(int_to_s) {
  UNUSED_ARGS;
  int base = argc > 0 ? static_cast<int>(to_long(vm, argv[0])) : 10;
  if (base < 2 || base > 36) vm.raise(vm.eArgumentError, "invalid radix " + std::to_string(base));
  return str_new_ascii(vm, int_to_string(self, base));
}
NATIVE(int_to_i) { UNUSED_ARGS; return self; }
NATIVE(int_to_f) { UNUSED_ARGS; return float_new(vm, int_to_double(self)); }
NATIVE(int_chr) {
  UNUSED_ARGS;
  int64_t c = to_long(vm, self);
  if (argc == 0) {
    if (c < 0 || c > 255) vm.raise(vm.eRangeError, std::to_string(c) + " out of char range");
    Value s = str_new(vm, std::string(1, static_cast<char>(c)));
    set_str_enc(s, c > 127 ? Enc::kBinary : Enc::kUsAscii);
    return s;
  }
  Enc enc = enc_arg(vm, argv[0]);
  if (enc != Enc::kUtf8 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    std::string bytes;
    if (c < 0 || !enc_encode_cp(static_cast<uint32_t>(c), enc, &bytes)) {
      if (c < 0 || c > 0xFFFFFFFFLL || (enc == Enc::kUtf8 && c > 0x10FFFF)) vm.raise(vm.eRangeError, std::to_string(c) + " out of char range");
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid codepoint 0x%llX in %s", static_cast<unsigned long long>(c), enc_name(enc));
      vm.raise(vm.eRangeError, buf);
    }
    Value s = str_new(vm, bytes);
    set_str_enc(s, enc);
    return s;
  }
  std::string out;
  uint32_t cp = static_cast<uint32_t>(c);
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  return str_new(vm, out);
}
NATIVE(int_ord) { UNUSED_ARGS; return self; }
NATIVE(int_times) {
  UNUSED_ARGS;
  if (block.is_nil())
    return make_enumerator(vm, self, intern("times"), 0, nullptr,
                           int_cmp(self, Value::fixnum(0)) < 0 ? Value::fixnum(0) : self);
  int64_t n = to_long(vm, self);
  for (int64_t i = 0; i < n; ++i) vm.yield1(block, Value::fixnum(i));
  return self;
}
// Size of from.upto(to) (dir 1) or from.downto(to) (dir -1) enumerators.
static Value updown_size(Vm& vm, Value from, Value to, int dir) {
  if (!is_integer(to) && !is_float(to)) return Value::nil();
  Value d = dir > 0 ? vm.call(to, sym::minus, {from}) : vm.call(from, sym::minus, {to});
  if (is_float(d)) d = vm.call(d, intern("floor"));
  if (vm.call(d, sym::lt, {Value::fixnum(0)}).truthy()) return Value::fixnum(0);
  return vm.call(d, sym::plus, {Value::fixnum(1)});
}
NATIVE(int_upto) {
  UNUSED_ARGS;
  if (block.is_nil()) return make_enumerator(vm, self, intern("upto"), argc, argv, updown_size(vm, self, argv[0], 1));
  if (!is_integer(argv[0]) && !is_float(argv[0])) {   // generic: i > to decides
    for (Value i = self; !vm.call(i, sym::gt, {argv[0]}).truthy(); i = vm.call(i, sym::plus, {Value::fixnum(1)}))
      vm.yield1(block, i);
    return self;
  }
  if (!is_integer(argv[0])) {
    double lim = vm.to_double(argv[0]);
    for (int64_t i = to_long(vm, self); i <= lim; ++i) vm.yield1(block, Value::fixnum(i));
    return self;
  }
  int64_t to = to_long(vm, argv[0]);
  for (int64_t i = to_long(vm, self); i <= to; ++i) vm.yield1(block, Value::fixnum(i));
  return self;
}
NATIVE(int_downto) {
  UNUSED_ARGS;
  if (block.is_nil()) return make_enumerator(vm, self, intern("downto"), argc, argv, updown_size(vm, self, argv[0], -1));
  int64_t to = to_long(vm, argv[0]);
  for (int64_t i = to_long(vm, self); i >= to; --i) vm.yield1(block, Value::fixnum(i));
  return self;
}
NATIVE(int_succ) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return int_new(vm, self.fixnum_value() + 1);
  return big_binop(vm, self, Value::fixnum(1), '+');
}
NATIVE(int_pred) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return int_new(vm, self.fixnum_value() - 1);
  return big_binop(vm, self, Value::fixnum(1), '-');
}
NATIVE(int_even) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::boolean((self.fixnum_value() & 1) == 0);
  Mpz x(self);
  return Value::boolean(mpz_even_p(x.z));
}
NATIVE(int_odd) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::boolean((self.fixnum_value() & 1) != 0);
  Mpz x(self);
  return Value::boolean(mpz_odd_p(x.z));
}
NATIVE(int_zero) { UNUSED_ARGS; return Value::boolean(self == Value::fixnum(0)); }
NATIVE(int_positive) { UNUSED_ARGS; return Value::boolean(int_cmp(self, Value::fixnum(0)) > 0); }
NATIVE(int_negative) { UNUSED_ARGS; return Value::boolean(int_cmp(self, Value::fixnum(0)) < 0); }
NATIVE(int_gcd) {
  UNUSED_ARGS;
  if (!is_integer(argv[0])) vm.raise(vm.eTypeError, "not an integer");
  Mpz x(self), y(argv[0]), r;
  mpz_gcd(r.z, x.z, y.z);
  return int_from_mpz(vm, r.z);
}
NATIVE(int_lcm) {
  UNUSED_ARGS;
  if (!is_integer(argv[0])) vm.raise(vm.eTypeError, "not an integer");
  Mpz x(self), y(argv[0]), r;
  mpz_lcm(r.z, x.z, y.z);
  return int_from_mpz(vm, r.z);
}
NATIVE(int_gcdlcm) {
  UNUSED_ARGS;
  if (!is_integer(argv[0])) vm.raise(vm.eTypeError, "not an integer");
  Mpz x(self), y(argv[0]), g, l;
  mpz_gcd(g.z, x.z, y.z);
  mpz_lcm(l.z, x.z, y.z);
  return ary_of(vm, {int_from_mpz(vm, g.z), int_from_mpz(vm, l.z)});
}
NATIVE(int_finite) { UNUSED_ARGS; return Value::t(); }
NATIVE(int_infinite) { UNUSED_ARGS; return Value::nil(); }
NATIVE(int_digits) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  if (int_cmp(self, Value::fixnum(0)) < 0) vm.raise(vm.eMathDomain, "out of domain");
  Value bv = argc > 0 ? to_integer(vm, argv[0]) : Value::fixnum(10);   // any size, as rb_int_digits
  if (int_cmp(bv, Value::fixnum(0)) < 0) vm.raise(vm.eArgumentError, "negative radix");
  if (int_cmp(bv, Value::fixnum(2)) < 0)
    vm.raise(vm.eArgumentError, "invalid radix " + std::to_string(bv.fixnum_value()));
  Value out = ary_new(vm);
  Mpz x(self), base(bv), d;
  if (mpz_sgn(x.z) == 0) ary_push(vm, out, Value::fixnum(0));
  while (mpz_sgn(x.z) > 0) {
    mpz_fdiv_qr(x.z, d.z, x.z, base.z);
    ary_push(vm, out, int_from_mpz(vm, d.z));
  }
  return out;
}
NATIVE(int_bit_length) {
  UNUSED_ARGS;
  Mpz x(self);
  if (mpz_sgn(x.z) < 0) mpz_com(x.z, x.z);
  return Value::fixnum(mpz_sgn(x.z) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(x.z, 2)));
}
// Rounds to a power of ten. mode: 0 round half up, 1 floor, 2 ceil, 3 truncate,
// 4 round half even, 5 round half down.
static Value round_to(Vm& vm, Value self, int64_t digits, int mode) {
  if (digits >= 0) return self;
  if (digits < -400) return Value::fixnum(0);
  Mpz x(self), p, q, r;
  mpz_ui_pow_ui(p.z, 10, static_cast<unsigned long>(-digits));
  if (mode == 1) mpz_fdiv_q(q.z, x.z, p.z);
  else if (mode == 2 && !self.is_fixnum()) {
    // CRuby 3.1's Bignum#ceil(-n) is floor((x + 10**n) / 10**n) * 10**n: exact
    // multiples move up one step ((10**30).ceil(-1) == 10**30 + 10); kept for parity.
    mpz_add(q.z, x.z, p.z);
    mpz_fdiv_q(q.z, q.z, p.z);
  } else if (mode == 2) mpz_cdiv_q(q.z, x.z, p.z);
  else if (mode == 3) mpz_tdiv_q(q.z, x.z, p.z);
  else {
    Mpz ax, rem;
    mpz_abs(ax.z, x.z);
    mpz_fdiv_qr(q.z, rem.z, ax.z, p.z);
    mpz_mul_2exp(rem.z, rem.z, 1);
    int c = mpz_cmp(rem.z, p.z);
    if (c > 0 || (c == 0 && (mode == 0 || (mode == 4 && mpz_odd_p(q.z))))) mpz_add_ui(q.z, q.z, 1);
    if (mpz_sgn(x.z) < 0) mpz_neg(q.z, q.z);
  }
  mpz_mul(r.z, q.z, p.z);
  return int_from_mpz(vm, r.z);
}
// The half: keyword of round (:up, :even, :down or nil) as a round_to mode.
int round_half_mode(Vm& vm, Value opts) {
  if (!is_hash(opts)) return 0;
  Value h = hash_lookup(vm, opts, sym_value("half"));
  if (h.is_undef() || h.is_nil() || h == sym_value("up")) return 0;
  if (h == sym_value("even")) return 4;
  if (h == sym_value("down")) return 5;
  if (h.is_symbol()) vm.raise(vm.eArgumentError, "invalid rounding mode: " + vm.to_s(h));
  vm.raise(vm.eArgumentError, "invalid rounding mode: " + vm.inspect(h));
}
NATIVE(int_round) {
  UNUSED_ARGS;
  int n = argc;
  int mode = 0;
  if (n > 0 && is_hash(argv[n - 1])) mode = round_half_mode(vm, argv[--n]);
  check_args(vm, n, 0, 1);
  return round_to(vm, self, n > 0 ? to_long(vm, argv[0]) : 0, mode);
}
NATIVE(int_floor) { UNUSED_ARGS; check_args(vm, argc, 0, 1); return round_to(vm, self, argc > 0 ? to_long(vm, argv[0]) : 0, 1); }
NATIVE(int_ceil) { UNUSED_ARGS; return round_to(vm, self, argc > 0 ? to_long(vm, argv[0]) : 0, 2); }
NATIVE(int_truncate) { UNUSED_ARGS; return round_to(vm, self, argc > 0 ? to_long(vm, argv[0]) : 0, 3); }
// A Bignum's size is the bytes its magnitude needs (CRuby's BIGSIZE): (2**64).size is 9.
NATIVE(int_size) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::fixnum(8);
  return Value::fixnum(static_cast<int64_t>((mpz_sizeinbase(self.as<RBignum>()->z, 2) + 7) / 8));
}
NATIVE(int_coerce) {
  UNUSED_ARGS;
  Value b = argv[0];
  if (is_integer(b)) return ary_of(vm, {b, self});
  return ary_of(vm, {float_new(vm, vm.to_double(b)), float_new(vm, int_to_double(self))});
}
NATIVE(int_s_sqrt) {
  UNUSED_ARGS;
  Value n = to_integer(vm, argv[0]);
  Mpz x(n), r;
  if (mpz_sgn(x.z) < 0) vm.raise(vm.eMathDomain, "Numerical argument is out of domain - \"isqrt\"");
  mpz_sqrt(r.z, x.z);
  return int_from_mpz(vm, r.z);
}
NATIVE(int_allbits) {
  UNUSED_ARGS;
  Value m = to_integer(vm, argv[0]);
  Value r = bitop(vm, self, m, '&');
  return Value::boolean(int_cmp(r, m) == 0);
}
NATIVE(int_anybits) { UNUSED_ARGS; return Value::boolean(int_cmp(bitop(vm, self, to_integer(vm, argv[0]), '&'), Value::fixnum(0)) != 0); }
NATIVE(int_nobits) { UNUSED_ARGS; return Value::boolean(int_cmp(bitop(vm, self, to_integer(vm, argv[0]), '&'), Value::fixnum(0)) == 0); }

// --- Numeric (generic) ---------------------------------------------------------
NATIVE(num_integer_p) { UNUSED_ARGS; return Value::boolean(is_integer(self)); }
// CRuby's ruby_float_step_size: how many values beg, beg+unit, ... reach end.
static double float_step_size(double beg, double end, double unit, bool excl) {
  if (unit == 0) return HUGE_VAL;
  if (std::isinf(unit)) return unit > 0 ? beg <= end : beg >= end;
  double n = (end - beg) / unit;
  double err = (std::fabs(beg) + std::fabs(end) + std::fabs(end - beg)) / std::fabs(unit) * DBL_EPSILON;
  if (err > 0.5) err = 0.5;
  if (excl) {
    if (n <= 0) return 0;
    if (n < 1) n = 0;
    else n = std::floor(n - err);
    double d = +((n + 1) * unit) + beg;
    if (beg < end) { if (d < end) n++; }
    else if (beg > end) { if (d > end) n++; }
  } else {
    if (n < 0) return 0;
    n = std::floor(n + err);
  }
  return n + 1;
}

// Numeric#step's three arguments, from (limit, step) or (by:, to:).
struct StepArgs {
  Value limit = Value::nil(), step = Value::fixnum(1);
};
static StepArgs step_args(Vm& vm, int argc, const Value* argv) {
  StepArgs a;
  int n = argc;
  if (n > 0 && is_hash(argv[n - 1])) {
    Value by = hash_lookup(vm, argv[n - 1], sym_value("by"));
    Value to = hash_lookup(vm, argv[n - 1], sym_value("to"));
    if (!by.is_undef()) a.step = by;
    if (!to.is_undef()) a.limit = to;
    --n;
    if (n > 0 && !to.is_undef()) vm.raise(vm.eArgumentError, "to is given twice");
    if (n > 1 && !by.is_undef()) vm.raise(vm.eArgumentError, "step is given twice");
  }
  check_args(vm, n, 0, 2);
  if (n > 0) a.limit = argv[0];
  if (n > 1) {
    a.step = argv[1];
    if (a.step.is_nil()) vm.raise(vm.eTypeError, "no implicit conversion from nil to integer");
    if (a.step == Value::fixnum(0)) vm.raise(vm.eArgumentError, "step can't be 0");
  }
  return a;
}
static bool step_float(Value self, const StepArgs& a) {
  return is_float(self) || is_float(a.limit) || is_float(a.step);
}
static Value step_size(Vm& vm, Value self, const StepArgs& a) {
  if (step_float(self, a)) {
    double b = vm.to_double(self), s = vm.to_double(a.step);
    double e = a.limit.is_nil() ? (s < 0 ? -HUGE_VAL : HUGE_VAL) : vm.to_double(a.limit);
    double n = float_step_size(b, e, s, false);
    if (std::isinf(n)) return float_new(vm, n);
    return int_new(vm, static_cast<int64_t>(n));
  }
  if (a.limit.is_nil()) return float_new(vm, HUGE_VAL);
  if (a.step == Value::fixnum(0)) return float_new(vm, HUGE_VAL);
  Value diff = vm.call(a.limit, sym::minus, {self});
  Value q = vm.call(vm.call(diff, sym::div, {a.step}), intern("floor"));
  if (vm.call(q, sym::lt, {Value::fixnum(0)}).truthy()) return Value::fixnum(0);
  return vm.call(q, sym::plus, {Value::fixnum(1)});
}
NATIVE(num_step) {
  UNUSED_ARGS;
  StepArgs a = step_args(vm, argc, argv);
  if (block.is_nil()) return make_enumerator(vm, self, intern("step"), argc, argv, step_size(vm, self, a));
  if (step_float(self, a)) {
    double b = vm.to_double(self), s = vm.to_double(a.step);
    double e = a.limit.is_nil() ? (s < 0 ? -HUGE_VAL : HUGE_VAL) : vm.to_double(a.limit);
    double n = float_step_size(b, e, s, false);
    if (std::isinf(s)) {
      if (n > 0) vm.yield1(block, float_new(vm, b));
      return self;
    }
    if (s == 0) {
      for (;;) vm.yield1(block, float_new(vm, b));
    }
    for (int64_t i = 0; i < n; ++i) {
      double d = static_cast<double>(i) * s + b;
      if (s >= 0 ? e < d : d < e) d = e;
      vm.yield1(block, float_new(vm, d));
    }
    return self;
  }
  Value i = self;
  if (a.step == Value::fixnum(0)) {
    for (;;) vm.yield1(block, i);
  }
  bool up = vm.call(a.step, sym::gt, {Value::fixnum(0)}).truthy();
  if (i.is_fixnum() && a.step.is_fixnum() && (a.limit.is_nil() || a.limit.is_fixnum())) {
    int64_t x = i.fixnum_value(), st = a.step.fixnum_value();
    int64_t lim = a.limit.is_nil() ? (up ? Value::kFixMax : Value::kFixMin) : a.limit.fixnum_value();
    for (; up ? x <= lim : x >= lim; x += st) {
      vm.yield1(block, Value::fixnum(x));
      if ((up && x > Value::kFixMax - st) || (!up && x < Value::kFixMin - st)) {
        i = int_new(vm, x);
        i = vm.call(i, sym::plus, {a.step});
        goto slow;
      }
    }
    return self;
  }
slow:
  for (;;) {
    if (!a.limit.is_nil() && vm.call(i, up ? sym::gt : sym::lt, {a.limit}).truthy()) break;
    vm.yield1(block, i);
    i = vm.call(i, sym::plus, {a.step});
  }
  return self;
}

void init_integer(Vm& vm) {
  RClass* c = vm.cInteger;
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"+", int_plus, 1}, {"-", int_minus, 1}, {"*", int_mul, 1}, {"/", int_div, 1},
      {"div", int_idiv, 1}, {"%", int_mod, 1}, {"modulo", int_mod, 1},
      {"remainder", int_remainder, 1}, {"divmod", int_divmod, 1}, {"fdiv", int_fdiv, 1},
      {"**", int_pow_op, 1}, {"pow", int_pow_m, -1}, {"-@", int_neg, 0}, {"abs", int_abs, 0},
      {"magnitude", int_abs, 0}, {"~", int_invert, 0}, {"&", int_and, 1}, {"|", int_or, 1},
      {"^", int_xor, 1}, {"<<", int_lshift, 1}, {">>", int_rshift, 1}, {"[]", int_aref, -1},
      {"==", int_eq, 1}, {"===", int_eq, 1}, {"eql?", int_eql, 1}, {"<=>", int_cmp_m, 1},
      {"<", int_lt, 1}, {"<=", int_le, 1}, {">", int_gt, 1}, {">=", int_ge, 1},
      {"hash", int_hash, 0}, {"to_s", int_to_s, -1}, {"inspect", int_to_s, -1},
      {"to_i", int_to_i, 0}, {"to_int", int_to_i, 0}, {"to_f", int_to_f, 0},
      {"chr", int_chr, -1}, {"ord", int_ord, 0}, {"times", int_times, 0},
      {"upto", int_upto, 1}, {"downto", int_downto, 1}, {"succ", int_succ, 0},
      {"next", int_succ, 0}, {"pred", int_pred, 0}, {"even?", int_even, 0},
      {"odd?", int_odd, 0}, {"zero?", int_zero, 0}, {"positive?", int_positive, 0},
      {"negative?", int_negative, 0}, {"gcd", int_gcd, 1}, {"lcm", int_lcm, 1},
      {"digits", int_digits, -1}, {"gcdlcm", int_gcdlcm, 1},
      {"finite?", int_finite, 0}, {"infinite?", int_infinite, 0}, {"bit_length", int_bit_length, 0}, {"round", int_round, -1},
      {"floor", int_floor, -1}, {"ceil", int_ceil, -1}, {"truncate", int_truncate, -1},
      {"size", int_size, 0}, {"coerce", int_coerce, 1}, {"allbits?", int_allbits, 1},
      {"anybits?", int_anybits, 1}, {"nobits?", int_nobits, 1}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  define_native(vm, singleton_class(vm, Value::object(c)), "sqrt", int_s_sqrt, 1);
  MethodEntry undef;
  undef.kind = MethodEntry::Kind::kUndefined;
  define_method_entry(vm, singleton_class(vm, Value::object(c)), sym::new_, undef);
  define_native(vm, vm.cNumeric, "integer?", num_integer_p, 0);
  define_native(vm, vm.cNumeric, "step", num_step, -1);
}

}  // namespace maglev::vm
