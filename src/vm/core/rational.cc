// Rational and Complex storage: each is a frozen object holding two hidden slots
// (numerator/denominator, real/imaginary) that Ruby code cannot see as instance
// variables. Construction is `Rational.__new__(num, den)` (callers normalize) and
// `Complex.__new__(real, imag)`; the arithmetic, parsing, Kernel#Rational and
// Kernel#Complex are Ruby, in prelude/rational.rb and prelude/complex.rb.
#include <cmath>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

SymId slot_a() { static SymId s = intern("__a"); return s; }
SymId slot_b() { static SymId s = intern("__b"); return s; }

// Makes an instance of `klass` (Rational and Complex have no allocator: their
// singletons undefine allocate) and fills its two slots.
Value pair_new(Vm& vm, Value klass, Value a, Value b) {
  Value obj = object_new(vm, klass.as<RClass>());   // no public allocator
  vm.ivar_set(obj, slot_a(), a);
  vm.ivar_set(obj, slot_b(), b);
  obj.heap()->flags |= kFlagFrozen;
  return obj;
}

}  // namespace

NATIVE(pair_s_new) {
  UNUSED_ARGS;
  return pair_new(vm, self, argv[0], argv[1]);
}
NATIVE(pair_a) { UNUSED_ARGS; return vm.ivar_get(self, slot_a()); }
NATIVE(pair_b) { UNUSED_ARGS; return vm.ivar_get(self, slot_b()); }

// Float#to_r: the exact value m * 2**e as a Rational.
NATIVE(flo_to_r) {
  UNUSED_ARGS;
  double d = float_value(self);
  if (std::isnan(d)) vm.raise(vm.eFloatDomainError, "NaN");
  if (std::isinf(d)) vm.raise(vm.eFloatDomainError, d > 0 ? "Infinity" : "-Infinity");
  int e = 0;
  double m = std::frexp(d, &e);
  mpz_t num, den;
  mpz_init_set_d(num, std::ldexp(m, 53));
  mpz_init_set_ui(den, 1);
  e -= 53;
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_t g;
  mpz_init(g);
  mpz_gcd(g, num, den);
  mpz_divexact(num, num, g);
  mpz_divexact(den, den, g);
  Value n = int_from_mpz(vm, num), dd = int_from_mpz(vm, den);
  mpz_clear(num);
  mpz_clear(den);
  mpz_clear(g);
  return pair_new(vm, Value::object(vm.cRational), n, dd);
}

// Float#__decode: [f, n] with self == f * 2**n and f a 53-bit Integer (CRuby's
// float_decode_internal), for Float#rationalize.
NATIVE(flo_decode) {
  UNUSED_ARGS;
  double d = float_value(self);   // GMP traps on NaN and infinities
  if (std::isnan(d)) vm.raise(vm.eFloatDomainError, "NaN");
  if (std::isinf(d)) vm.raise(vm.eFloatDomainError, d > 0 ? "Infinity" : "-Infinity");
  int e = 0;
  double m = std::frexp(float_value(self), &e);
  mpz_t f;
  mpz_init_set_d(f, std::ldexp(m, 53));
  Value fv = int_from_mpz(vm, f);
  mpz_clear(f);
  return ary_of(vm, {fv, Value::fixnum(e - 53)});
}

void init_rational(Vm& vm) {
  for (RClass* c : {vm.cRational, vm.cComplex}) {
    RClass* meta = singleton_class(vm, Value::object(c));
    define_native(vm, meta, "__new__", pair_s_new, 2);
    MethodEntry undef;
    undef.kind = MethodEntry::Kind::kUndefined;
    define_method_entry(vm, meta, sym::new_, undef);
    define_method_entry(vm, meta, sym::allocate, undef);
    bool rat = c == vm.cRational;
    define_native(vm, c, rat ? "numerator" : "real", pair_a, 0);
    define_native(vm, c, rat ? "denominator" : "imaginary", pair_b, 0);
  }
  define_native(vm, vm.cFloat, "to_r", flo_to_r, 0);
  define_native(vm, vm.cFloat, "__decode", flo_decode, 0, Visibility::kPrivate);
}

}  // namespace maglev::vm
