// Integer/Float primitives (numeric.h): boxing, GMP normalization, formatting.
#include "vm/object/numeric.h"

#include <string_view>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "vm/runtime.h"

namespace maglev::vm {

Value float_box(Vm& vm, double d) {
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

double mpz_to_double(const mpz_t z) {
  // Rounded to nearest (mpz_get_d truncates): the top 64 bits with the rest as a sticky bit.
  size_t n = mpz_sizeinbase(z, 2);
  bool neg = mpz_sgn(z) < 0;
  mpz_t t;
  mpz_init(t);
  mpz_abs(t, z);
  double d;
  if (n <= 64) {
    d = static_cast<double>(mpz_get_ui(t));
  } else {
    mp_bitcnt_t shift = n - 64;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t top = mpz_get_ui(t) | (sticky ? 1 : 0);
    d = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
  }
  mpz_clear(t);
  return neg ? -d : d;
}

double int_to_double(Value v) {
  if (v.is_fixnum()) return static_cast<double>(v.fixnum_value());
  return mpz_to_double(v.as<RBignum>()->z);
}

namespace {
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// Digits with single underscores between them from s[i]; appends the digits to out
// and returns the index after them (i when there is no digit there).
size_t scan_digits(std::string_view s, size_t i, bool hex, std::string& out) {
  auto ok = [&](char c) { return hex ? is_hex(c) : is_dec(c); };
  if (i >= s.size() || !ok(s[i])) return i;
  while (i < s.size()) {
    if (ok(s[i])) {
      out += s[i++];
    } else if (s[i] == '_' && i + 1 < s.size() && ok(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}
}  // namespace

bool float_parse(std::string_view s, bool strict, double* out) {
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  std::string text;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) text += s[i++];
  bool hex = i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X');
  if (hex && !strict && text.empty()) {
    *out = 0.0;
    return true;
  }
  size_t digits_at;
  if (hex) {
    text += "0x";
    i += 2;
  }
  digits_at = text.size();
  i = scan_digits(s, i, hex, text);
  size_t int_digits = text.size() - digits_at;
  if (i + 1 < s.size() && s[i] == '.' && (hex ? is_hex(s[i + 1]) : is_dec(s[i + 1])) &&
      (int_digits > 0 || !hex)) {
    text += '.';
    i = scan_digits(s, i + 1, hex, text);
  }
  bool any = text.size() > digits_at;
  if (any && i < s.size() && (hex ? (s[i] == 'p' || s[i] == 'P') : (s[i] == 'e' || s[i] == 'E'))) {
    size_t j = i + 1;
    std::string exp(1, hex ? 'p' : 'e');
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) exp += s[j++];
    size_t k = scan_digits(s, j, false, exp);
    if (k > j) {
      text += exp;
      i = k;
    }
  }
  if (strict) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (!any || i != s.size()) return false;
  }
  *out = any ? std::strtod(text.c_str(), nullptr) : 0.0;
  return true;
}

std::string float_to_s(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0.0) return std::signbit(d) ? "-0.0" : "0.0";
  // The shortest digits that round-trip, nearest to d when several do (dtoa's mode 0,
  // as CRuby), in scientific form: [-]d.ddde[+-]XX.
  char buf[40];
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);
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
  bool inline_point = decpt > 0 && static_cast<size_t>(decpt) < digits.size();   // 2096951363889038.2
  if (!inline_point && (decpt > 15 || decpt < -3)) {
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
