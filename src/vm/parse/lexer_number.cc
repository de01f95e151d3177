// Numeric literals: integers in every base with `_`, floats, and the r / i suffixes.
// Integers too big for int64 keep decimal digits (the VM makes a Bignum).
#include <cstdlib>
#include <string>
#include <vector>

#include "vm/parse/lexer.h"

namespace maglev::vm::parse {

namespace {

// Converts digits in `base` to decimal digits (arbitrary size).
std::string to_decimal(const std::string& digits, int base) {
  std::vector<uint32_t> limbs;   // base 1e9, little-endian
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

bool digit_in_base(int c, int base) {
  if (c < 0) return false;
  if (base <= 10) return c >= '0' && c < '0' + base;
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

}  // namespace

Token Lexer::lex_number(bool) {
  Token t = make(Tok::kINTEGER);
  state_ = kExprEnd;
  int base = 10;
  std::string digits;
  if (peekc() == '0') {
    int p = peekc(1);
    switch (p | 0x20) {
      case 'x': base = 16; pos_ += 2; break;
      case 'b': base = 2; pos_ += 2; break;
      case 'o': base = 8; pos_ += 2; break;
      case 'd': base = 10; pos_ += 2; break;
      default:
        if (p == '_' || (p >= '0' && p <= '9')) { base = 8; ++pos_; }
        break;
    }
    if (base != 10 || (p | 0x20) == 'd') {
      // CRuby's carets: the first of two underscores or a trailing one; from the
      // literal's start to the bad octal digit, or over the bare prefix.
      const size_t beg = tok_beg_;
      const bool prefixed = pos_ - beg == 2;
      if (prefixed && (p | 0x20) != 'o' && !digit_in_base(peekc(), base))
        fail_at("numeric literal without digits", beg, pos_);
      bool last_underscore = false;
      if (base == 8 && peekc() == '_') { ++pos_; last_underscore = true; }
      while (digit_in_base(peekc(), base) || peekc() == '_' ||
             (base == 8 && (peekc() == '8' || peekc() == '9'))) {
        int c = peekc();
        if (c == '_') {
          if (last_underscore) fail_at("trailing `_' in number", pos_ - 1, pos_);
          last_underscore = true;
        } else {
          if (base == 8 && c >= '8') fail_at("Invalid octal digit", beg, pos_ + 1);
          digits += static_cast<char>(c);
          last_underscore = false;
        }
        ++pos_;
      }
      if (digits.empty() && prefixed) fail_at("numeric literal without digits", beg, pos_);
      if (last_underscore) fail_at("trailing `_' in number", pos_ - 1, pos_);
      if (digits.empty()) fail_at("numeric literal without digits", beg, pos_);
    }
  }
  bool is_float = false;
  if (base == 10 && digits.empty()) {
    bool last_underscore = false;
    while ((peekc() >= '0' && peekc() <= '9') || peekc() == '_') {
      if (peekc() == '_') {
        if (last_underscore || digits.empty()) fail_at("trailing `_' in number", pos_ - 1, pos_);
        last_underscore = true;
      } else {
        digits += static_cast<char>(peekc());
        last_underscore = false;
      }
      ++pos_;
    }
    if (last_underscore) fail_at("trailing `_' in number", pos_ - 1, pos_);
    if (peekc() == '.' && peekc(1) >= '0' && peekc(1) <= '9') {
      is_float = true;
      digits += '.';
      ++pos_;
      while ((peekc() >= '0' && peekc() <= '9') || (peekc() == '_' && peekc(1) >= '0' && peekc(1) <= '9')) {
        if (peekc() != '_') digits += static_cast<char>(peekc());
        ++pos_;
      }
      if (peekc() == '_') fail_at("trailing `_' in number", pos_, pos_ + 1);
    }
    if ((peekc() | 0x20) == 'e' &&
        ((peekc(1) >= '0' && peekc(1) <= '9') ||
         ((peekc(1) == '+' || peekc(1) == '-') && peekc(2) >= '0' && peekc(2) <= '9'))) {
      is_float = true;
      digits += 'e';
      ++pos_;
      if (peekc() == '+' || peekc() == '-') digits += static_cast<char>(getc());
      while ((peekc() >= '0' && peekc() <= '9') || (peekc() == '_' && peekc(1) >= '0' && peekc(1) <= '9')) {
        if (peekc() != '_') digits += static_cast<char>(peekc());
        ++pos_;
      }
      if (peekc() == '_') fail_at("trailing `_' in number", pos_, pos_ + 1);
    }
  }
  // suffixes
  bool rational = false, imaginary = false;
  auto suffix_end = [&](size_t off) { return !is_ident_char(peekc(off)); };
  if (peekc() == 'r' && suffix_end(1) && !(is_float && digits.find('e') != std::string::npos)) {
    rational = true;
    ++pos_;
  } else if (peekc() == 'r' && peekc(1) == 'i' && suffix_end(2)) {
    rational = imaginary = true;
    pos_ += 2;
  }
  if (!imaginary && peekc() == 'i' && suffix_end(1)) {
    imaginary = true;
    ++pos_;
  }
  if (rational) {
    t.kind = Tok::kRATIONAL;
    t.text = base == 10 ? digits : to_decimal(digits, base);
  } else if (is_float) {
    t.kind = Tok::kFLOAT;
    t.fnum = std::strtod(digits.c_str(), nullptr);
    t.text = digits;
  } else {
    t.text = base == 10 ? digits : to_decimal(digits, base);
    size_t first = t.text.find_first_not_of('0');
    std::string trimmed = first == std::string::npos ? "0" : t.text.substr(first);
    t.text = trimmed;
    if (trimmed.size() > 19 || (trimmed.size() == 19 && trimmed > "9223372036854775807")) {
      t.flags = 1;
    } else {
      t.num = static_cast<int64_t>(std::strtoull(trimmed.c_str(), nullptr, 10));
    }
  }
  if (imaginary) {
    t.flags |= t.kind == Tok::kRATIONAL ? 2 : 0;
    t.flags |= t.kind == Tok::kFLOAT ? 4 : 0;
    t.kind = Tok::kIMAGINARY;
  }
  return t;
}

}  // namespace maglev::vm::parse
