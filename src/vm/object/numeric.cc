// Integer/Float primitives (numeric.h): boxing, GMP normalization, formatting.
#include "vm/object/numeric.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "vm/runtime.h"

namespace maglev::vm {

Value float_new(Vm& vm, double d) {
  Value v = Value::try_flonum(d);
  if (!v.is_undef()) return v;
  auto* f = vm.heap.make<RFloat>(HeapType::kFloat, vm.cFloat);
  f->value = d;
  f->basic.flags |= kFlagFrozen;
  return Value::object(f);
}

double float_mod(double x, double y) {
  double m = std::fmod(x, y);
  if (std::isinf(y) && !std::isinf(x) && !std::isnan(x)) {
    if (x != 0 && ((x < 0) != (y < 0))) return y;
    return x;
  }
  if (m != 0 && ((m < 0) != (y < 0))) m += y;
  return m;
}

Value int_new(Vm& vm, int64_t i) {
  if (Value::fits_fixnum(i)) return Value::fixnum(i);
  auto* b = vm.heap.make<RBignum>(HeapType::kBignum, vm.cInteger);
  mpz_init_set_si(b->z, i);
  b->basic.flags |= kFlagFrozen;
  return Value::object(b);
}

Value int_from_mpz(Vm& vm, const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fits_fixnum(v)) return Value::fixnum(v);
  }
  auto* b = vm.heap.make<RBignum>(HeapType::kBignum, vm.cInteger);
  mpz_init_set(b->z, z);
  b->basic.flags |= kFlagFrozen;
  vm.heap.note_external(static_cast<int64_t>(mpz_size(z) * sizeof(mp_limb_t)));
  return Value::object(b);
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_fixnum()) mpz_set_si(out, v.fixnum_value());
  else mpz_set(out, v.as<RBignum>()->z);
}

std::string int_to_string(Value v, int base) {
  if (v.is_fixnum() && base == 10) return std::to_string(v.fixnum_value());
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  char* s = mpz_get_str(nullptr, base, z);
  std::string out(s);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(s, std::strlen(s) + 1);
  mpz_clear(z);
  return out;
}

Value int_parse(Vm& vm, const std::string& digits, int base) {
  std::string clean;
  for (char c : digits)
    if (c != '_') clean += c;
  mpz_t z;
  if (mpz_init_set_str(z, clean.c_str(), base) != 0) mpz_set_ui(z, 0);
  Value v = int_from_mpz(vm, z);
  mpz_clear(z);
  return v;
}

double int_to_double(Value v) {
  if (v.is_fixnum()) return static_cast<double>(v.fixnum_value());
  return mpz_get_d(v.as<RBignum>()->z);
}

std::string float_to_s(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0.0) return std::signbit(d) ? "-0.0" : "0.0";
  // Shortest representation that round-trips.
  char buf[40];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  // buf: [-]d.ddde[+-]XX -> digits and exponent
  std::string s(buf);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  int decpt = exp + 1;   // position of the decimal point in digits
  if (decpt > 15 || decpt < -3) {
    // Scientific: d.ddde+XX
    out = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0");
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    out += eb;
  } else if (decpt <= 0) {
    out = "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  } else if (static_cast<size_t>(decpt) >= digits.size()) {
    out = digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0') + ".0";
  } else {
    out = digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
  }
  return neg ? "-" + out : out;
}

}  // namespace maglev::vm
