// What a Regexp's source says about its encoding, and the pattern Oniguruma is given for
// it: CRuby's rules (a regexp is US-ASCII and matches any ASCII-compatible string unless
// its source, a \u escape or a /u or /n flag fixes an encoding), the escapes Oniguruma
// lacks (\u{...} with one or more code points), and CRuby's "invalid multibyte escape".
// It never compiles or matches a pattern (core/regexp.cc does).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object/encoding.h"

namespace maglev::vm {

// Regexp option bits, as Regexp#options reports them (CRuby's values) ...
inline constexpr uint32_t kReOptIgnoreCase = 1, kReOptExtended = 2, kReOptMultiline = 4;
inline constexpr uint32_t kReOptFixed = 16;     // FIXEDENCODING
inline constexpr uint32_t kReOptNoEnc = 32;     // NOENCODING (/n)
inline constexpr uint32_t kReOptPublic = 0x37;  // what Regexp#options shows
// ... and one kept beside them, never shown: the source String was binary (ASCII-8BIT),
// so its non-ASCII bytes are bytes, not UTF-8 (Regexp.new("\xff".b)).
inline constexpr uint32_t kReOptBinarySource = 1u << 8;

struct RegexpSource {
  std::string pattern;   // what Oniguruma compiles
  Enc enc;               // kUsAscii (not fixed), kUtf8 or kBinary
  uint32_t options;      // CRuby's bits (kReOptPublic) plus kReOptBinarySource
  std::string error;     // when not empty: the RegexpError message, before ": /src/"
};

// The encoding a regexp with these options has: US-ASCII unless its encoding is fixed.
inline Enc regexp_enc(uint32_t options) {
  if (!(options & kReOptFixed)) return Enc::kUsAscii;
  return (options & (kReOptNoEnc | kReOptBinarySource)) ? Enc::kBinary : Enc::kUtf8;
}

// Reads src with the given options (CRuby bits, plus kReOptBinarySource).
RegexpSource regexp_source(std::string_view src, uint32_t options);

// The options of a regexp literal from the lexer's flag bits (parse/ast.h kRe*).
uint32_t regexp_literal_options(uint32_t lexer_flags);

}  // namespace maglev::vm
