// A regexp's source read for its encoding (regexp_source.h).
#include "vm/core/regexp_source.h"

#include "vm/core/encoding.h"
#include "vm/parse/ast.h"

namespace maglev::vm {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Copies \u{X Y ...} at src[i] (i at the backslash) as \x{X}\x{Y}...; returns the index
// past it, or 0 when it is malformed (Oniguruma then reports the error).
size_t copy_unicode_braces(std::string_view src, size_t i, std::string* out) {
  size_t j = i + 3;   // past "\u{"
  std::string copy;
  for (;;) {
    while (j < src.size() && (src[j] == ' ' || src[j] == '\t')) ++j;
    if (j < src.size() && src[j] == '}') break;
    size_t start = j;
    while (j < src.size() && hex_digit(src[j]) >= 0) ++j;
    if (j == start || j - start > 6) return 0;
    copy += "\\x{";
    copy.append(src.substr(start, j - start));
    copy += '}';
  }
  if (copy.empty()) return 0;
  *out += copy;
  return j + 1;
}

}  // namespace

RegexpSource regexp_source(std::string_view src, uint32_t options) {
  RegexpSource r{std::string(), Enc::kUsAscii, options, std::string()};
  bool raw_non_ascii = false, high_escape = false, unicode_escape = false;
  std::string decoded;   // src with \xHH escapes as their bytes: is it valid UTF-8?
  r.pattern.reserve(src.size());
  for (size_t i = 0; i < src.size();) {
    char c = src[i];
    if (c != '\\' || i + 1 == src.size()) {
      raw_non_ascii |= static_cast<unsigned char>(c) >= 0x80;
      r.pattern += c;
      decoded += c;
      ++i;
      continue;
    }
    char d = src[i + 1];
    if (d == 'u') {
      unicode_escape = true;
      if (i + 2 < src.size() && src[i + 2] == '{') {
        if (size_t next = copy_unicode_braces(src, i, &r.pattern)) {
          i = next;
          continue;
        }
      }
    } else if (d == 'x') {
      int v = 0, digits = 0;
      for (size_t j = i + 2; j < src.size() && digits < 2 && hex_digit(src[j]) >= 0; ++j, ++digits)
        v = v * 16 + hex_digit(src[j]);
      if (digits > 0 && v >= 0x80) {
        high_escape = true;
        r.pattern.append(src.substr(i, 2 + digits));
        decoded += static_cast<char>(v);
        i += 2 + digits;
        continue;
      }
    }
    r.pattern += c;
    r.pattern += d;
    decoded += c;
    decoded += d;
    i += 2;
  }
  if (options & kReOptNoEnc) {
    if (raw_non_ascii || high_escape) r.enc = Enc::kBinary, r.options |= kReOptFixed;
  } else if (options & kReOptBinarySource) {
    if (raw_non_ascii || high_escape) r.enc = Enc::kBinary, r.options |= kReOptFixed;
    else r.options &= ~kReOptBinarySource;
  } else if (raw_non_ascii || high_escape || unicode_escape || (options & kReOptFixed)) {
    if (high_escape && !enc_valid(decoded, Enc::kUtf8)) r.error = "invalid multibyte escape";
    r.enc = Enc::kUtf8;
    r.options |= kReOptFixed;
  }
  return r;
}

using parse::kReExtended, parse::kReIgnoreCase, parse::kReMultiline, parse::kReNoEncoding, parse::kReUtf8;
static_assert(kReIgnoreCase == kReOptIgnoreCase && kReExtended == kReOptExtended && kReMultiline == kReOptMultiline);

uint32_t regexp_literal_options(uint32_t f) {
  uint32_t o = f & (kReIgnoreCase | kReExtended | kReMultiline);   // the same bits
  if (f & kReNoEncoding) o |= kReOptNoEnc;
  if (f & kReUtf8) o |= kReOptFixed;
  return o;
}

}  // namespace maglev::vm
