// Tokens: the kinds (token.def, keyword.def) and the Token value the lexer hands the
// parser. Plain data; no behaviour beyond naming.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace maglev::vm::parse {

enum class Tok : uint8_t {
#define X(kind, display) k##kind,
#include "vm/parse/token.def"
#include "vm/parse/keyword.def"
#undef X
};

struct Token {
  Tok kind = Tok::kEOF;
  int line = 1;
  uint32_t beg = 0;            // byte offsets in the source: first byte, one past the
  uint32_t end = 0;            // last (error_highlight columns; see Node::beg)
  bool space_before = false;   // whitespace (or a line start) right before the token
  bool line_start = false;     // STRING_CONTENT of a <<~ heredoc that begins a body line
  int indent = 0;              // ... and that line's indentation in columns (tabs to 8)
  std::string text;            // identifier / literal bytes / operator of OP_ASGN
  int64_t num = 0;             // INTEGER value, NTH_REF number
  double fnum = 0.0;           // FLOAT value
  uint32_t flags = 0;          // INTEGER: 1 = too big (text has decimal digits);
                               // STRING_END of a regexp: option bits (ast.h kRe*);
                               // WORDS_BEG/SYMBOLS_BEG/STRING_BEG: 1 = interpolating,
                               // 2 = a <<~ heredoc; IMAGINARY: 2 = of a rational,
                               // 4 = of a float
};

// How CRuby names the token in "unexpected ..." messages ("integer literal", "`end'").
std::string token_display(const Token& token);

// The keyword spelled `word`, or Tok::kEOF when it is not a keyword.
Tok keyword_kind(std::string_view word);

}  // namespace maglev::vm::parse
