// Identifier classes: see ident.h.
#include "vm/parse/ident.h"

#include <locale.h>
#include <wctype.h>

#include <cstdint>

namespace maglev::vm::parse {

namespace {

// The first character of s as a code point (0 when it is not valid UTF-8).
uint32_t first_code_point(std::string_view s) {
  auto c = static_cast<unsigned char>(s[0]);
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || s.size() < static_cast<size_t>(len)) return 0;
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  return cp;
}

}  // namespace

bool ident_is_const(std::string_view name) {
  if (name.empty()) return false;
  auto c = static_cast<unsigned char>(name[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  uint32_t cp = first_code_point(name);
  if (cp == 0) return false;
  // glibc's built-in C.UTF-8 has Unicode's character classes whatever the process locale.
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  if (utf8 == static_cast<locale_t>(nullptr)) return false;
  return iswupper_l(static_cast<wint_t>(cp), utf8) != 0;
}

}  // namespace maglev::vm::parse
