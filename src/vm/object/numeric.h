// Integer and Float primitives for C++ code: boxing doubles that are not flonums,
// fixnum/bignum normalization through GMP, and the arithmetic the core and the
// interpreter's fast paths share. Ruby's methods are in core/integer.cc, core/float.cc.
#pragma once

#include <gmp.h>

#include <string>

#include "vm/object/objects.h"

namespace maglev::vm {

struct Vm;

inline bool is_float(Value v) {
  return v.is_flonum() || (v.is_heap() && v.heap()->type == HeapType::kFloat);
}
inline double float_value(Value v) {
  return v.is_flonum() ? v.flonum_value() : v.as<RFloat>()->value;
}
// A heap Float (for doubles that are not flonums); float_new decides.
Value float_box(Vm& vm, double d);
// A Float: a flonum when the exponent allows (inline: the arithmetic fast paths), else boxed.
inline Value float_new(Vm& vm, double d) {
  Value v = Value::try_flonum(d);
  return v.is_undef() ? float_box(vm, d) : v;
}
double float_mod(double x, double y);   // Ruby's modulo (sign of y)

inline bool is_bignum(Value v) { return v.is_heap() && v.heap()->type == HeapType::kBignum; }
inline bool is_integer(Value v) { return v.is_fixnum() || is_bignum(v); }
// An Integer from an int64 (fixnum or bignum).
Value int_new(Vm& vm, int64_t i);
// An Integer from a GMP value (fixnum when it fits). `z` is copied.
Value int_from_mpz(Vm& vm, const mpz_t z);
// Sets `out` (initialized by the caller) to the value of an Integer.
void int_to_mpz(Value v, mpz_t out);
std::string int_to_string(Value v, int base = 10);
// Parses Integer literal digits (sign allowed) in `base`.
Value int_parse(Vm& vm, const std::string& digits, int base = 10);
double int_to_double(Value v);   // rounded to nearest, like CRuby's big2dbl
double mpz_to_double(const mpz_t z);
// Ruby's float syntax ([sign] digits with single underscores between them, optional
// fraction and exponent; hexadecimal 0x...p...). strict (Float()): the whole string
// but surrounding whitespace must be one number. Lenient (String#to_f): the longest
// valid prefix, 0.0 when there is none (and for an unsigned hexadecimal, as CRuby).
// Returns false only in strict mode when the text is not a float.
bool float_parse(std::string_view s, bool strict, double* out);
// Float#to_s formatting (shortest round-trip, Ruby's exponent rules).
std::string float_to_s(double d);

}  // namespace maglev::vm
