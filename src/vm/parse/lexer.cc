// The lexer's code mode: whitespace, comments, newlines, identifiers, keywords,
// variables and operators, with CRuby's state rules. String and number bodies are in
// lexer_string.cc / lexer_number.cc. Never builds AST nodes.
#include "vm/parse/lexer.h"
#include "vm/parse/ident.h"

#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace maglev::vm::parse {

namespace {

struct KeywordInfo {
  std::string_view word;   // a view, so matching compares lengths before bytes
  Tok kind;
};

constexpr KeywordInfo kKeywords[] = {
#define X(kind, spelling) {spelling, Tok::k##kind},
#include "vm/parse/keyword.def"
#undef X
};

constexpr const char* kDisplay[] = {
#define X(kind, display) display,
#include "vm/parse/token.def"
#undef X
#define X(kind, spelling) "`" spelling "'",
#include "vm/parse/keyword.def"
#undef X
};

// The state a keyword leaves the lexer in (CRuby's keyword table).
uint32_t keyword_state(Tok k) {
  switch (k) {
    case Tok::kKW_END: case Tok::kKW_SELF: case Tok::kKW_NIL: case Tok::kKW_TRUE:
    case Tok::kKW_FALSE: case Tok::kKW_REDO: case Tok::kKW_RETRY: case Tok::kKW__FILE__:
    case Tok::kKW__LINE__: case Tok::kKW__ENCODING__: case Tok::kKW_BEGIN_UPPER:
    case Tok::kKW_END_UPPER:
      return kExprEnd;
    case Tok::kKW_CLASS: return kExprClass;
    case Tok::kKW_DEF: return kExprFname;
    case Tok::kKW_ALIAS: case Tok::kKW_UNDEF: return kExprFname | kExprFitem;
    case Tok::kKW_BREAK: case Tok::kKW_NEXT: case Tok::kKW_RETURN: case Tok::kKW_RESCUE:
      return kExprMid;
    case Tok::kKW_DEFINED: case Tok::kKW_NOT: case Tok::kKW_SUPER: case Tok::kKW_YIELD:
      return kExprArg;
    default: return kExprBeg;
  }
}

}  // namespace

std::string token_display(const Token& t) {
  return kDisplay[static_cast<int>(t.kind)];
}

Tok keyword_kind(std::string_view word) {
  // The keywords starting with each byte, as bits of indices into kKeywords: a word is
  // compared with at most the four keywords that share its first byte.
  static_assert(std::size(kKeywords) <= 64);
  static constexpr auto kByFirst = [] {
    std::array<uint64_t, 256> by_first{};
    for (size_t i = 0; i < std::size(kKeywords); ++i)
      by_first[static_cast<unsigned char>(kKeywords[i].word[0])] |= uint64_t{1} << i;
    return by_first;
  }();
  if (word.empty() || word.size() > 12) return Tok::kEOF;
  for (uint64_t m = kByFirst[static_cast<unsigned char>(word[0])]; m != 0; m &= m - 1) {
    const KeywordInfo& k = kKeywords[std::countr_zero(m)];
    if (word == k.word) return k.kind;
  }
  return Tok::kEOF;
}

Lexer::Lexer(std::string_view source, int first_line,
             bool (*is_local)(void*, std::string_view), void* ctx)
    : src_(source), line_(first_line), is_local_(is_local), ctx_(ctx) {
  if (src_.starts_with("\xEF\xBB\xBF")) pos_ = 3;   // UTF-8 BOM
  if (src_.substr(pos_).starts_with("#!")) {
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
  }
}

// After a newline: if heredocs started on the line just ended, their bodies follow it
// and were already read; continue after the last one. Applies in code and in string
// mode alike (a heredoc opened inside an interpolation), so every body is read once.
void Lexer::skip_heredoc_bodies() {
  if (heredoc_end_ > pos_) {
    pos_ = heredoc_end_;
    line_ = heredoc_end_line_;
  }
  heredoc_end_ = 0;
}

int Lexer::eof_line() const {
  return (pos_ >= src_.size() && pos_ > 0 && src_[pos_ - 1] == '\n') ? line_ - 1 : line_;
}

void Lexer::fail(const std::string& message, bool incomplete) {
  auto at = static_cast<int64_t>(pos_);
  throw ParseAbort{pos_ >= src_.size() ? eof_line() : line_, message, incomplete, at, at};
}

void Lexer::fail_at(const std::string& message, size_t beg, size_t end) {
  throw ParseAbort{line_, message, false, static_cast<int64_t>(beg), static_cast<int64_t>(end)};
}

Token Lexer::make(Tok kind) {
  Token t;
  t.kind = kind;
  t.line = line_;
  t.beg = static_cast<uint32_t>(tok_beg_);
  t.space_before = space_seen_;
  return t;
}

bool Lexer::is_beg() const {
  return (state_ & (kExprBeg | kExprMid | kExprClass)) ||
         (state_ & (kExprArg | kExprLabeled)) == (kExprArg | kExprLabeled);
}

bool Lexer::line_is(std::string_view word) const {
  if (src_.substr(pos_, word.size()) != word) return false;
  int c = peekc(word.size());
  return c == -1 || is_space(c);
}

void Lexer::skip_embedded_doc() {
  // at "=begin" at a line start: skip to the line after "=end"
  for (;;) {
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
    if (pos_ >= src_.size()) fail("embedded document meets end of file", true);
    getc();
    if (line_is("=end")) {
      while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
      return;
    }
  }
}

Token Lexer::next() {
  tok_beg_ = pos_;
  Token t = next_token();
  t.end = static_cast<uint32_t>(pos_);
  return t;
}

Token Lexer::next_token() {
  if (eof_) return make(Tok::kEOF);
  if (!frames_.empty()) {
    Frame& f = frames_.back();
    if (f.mode == Mode::kString) return string_token(f);
    if (f.mode == Mode::kDvar) {
      frames_.pop_back();
      space_seen_ = false;
      int c = peekc();
      if (c == '@') return lex_at();
      return lex_gvar();
    }
  }
  return code_token();
}

// Skips blanks, comments, escaped newlines and ignorable newlines. Returns true when
// it stopped at a significant newline (consumed).
bool Lexer::skip_space_and_comments() {
  for (;;) {
    int c = peekc();
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v') {
      ++pos_;
      space_seen_ = true;
      continue;
    }
    if (c == '\\' && peekc(1) == '\n') {
      getc(); getc();
      space_seen_ = true;
      if (pos_ >= src_.size()) continued_at_eof_ = true;   // irb: the line goes on
      continue;
    }
    if (c == '\\' && peekc(1) == '\r' && peekc(2) == '\n') {
      getc(); getc(); getc();
      space_seen_ = true;
      continue;
    }
    if (c == '#') {
      size_t start = pos_;
      while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
      if (!seen_token_) magic_comment(src_.substr(start + 1, pos_ - start - 1));
      continue;
    }
    if (c == '=' && at_line_start() && line_is("=begin")) {
      skip_embedded_doc();
      continue;
    }
    if (c == '_' && at_line_start() && line_is("__END__") &&
        (pos_ + 7 >= src_.size() || src_[pos_ + 7] == '\n' || src_[pos_ + 7] == '\r')) {
      size_t start = pos_ + 7;
      if (start < src_.size() && src_[start] == '\r') ++start;
      if (start < src_.size()) ++start;
      data_ = std::string(src_.substr(start < src_.size() ? start : src_.size()));
      pos_ = src_.size();
      return false;
    }
    if (c == '\n') {
      getc();
      space_seen_ = true;
      skip_heredoc_bodies();
      bool ignorable = (state_ & (kExprBeg | kExprClass | kExprFname | kExprDot)) &&
                       !(state_ & kExprLabeled);
      if (ignorable) continue;
      // A following line that starts with `.foo` or `&.foo` continues this expression.
      size_t p = pos_;
      int l = line_;
      for (;;) {
        while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\r' ||
                                   src_[p] == '\f'))
          ++p;
        if (p < src_.size() && src_[p] == '#') {
          while (p < src_.size() && src_[p] != '\n') ++p;
          if (p < src_.size()) { ++p; ++l; continue; }
          break;
        }
        if (p < src_.size() && src_[p] == '\n') { ++p; ++l; continue; }
        break;
      }
      if (p + 1 < src_.size() &&
          ((src_[p] == '.' && src_[p + 1] != '.') || (src_[p] == '&' && src_[p + 1] == '.'))) {
        pos_ = p;
        line_ = l;
        continue;
      }
      return true;
    }
    return false;
  }
}

Token Lexer::op(Tok kind, size_t len, uint32_t next_state) {
  Token t = make(kind);
  t.text.assign(src_.substr(pos_, len));
  pos_ += len;
  state_ = next_state;
  return t;
}

Token Lexer::op_asgn(const char* op_text, size_t len) {
  Token t = make(Tok::kOP_ASGN);
  t.text = op_text;
  pos_ += len;
  state_ = kExprBeg;
  return t;
}

// The encoding name after "coding" and ':' or '=' (`# encoding: x`, `# -*- coding: x -*-`,
// `# vim: set fileencoding=x :`), as CRuby reads it; empty when there is none.
static std::string coding_name(std::string_view text) {
  for (size_t k = text.find("coding"); k != std::string_view::npos; k = text.find("coding", k + 1)) {
    size_t p = k + 6;
    if (p >= text.size() || (text[p] != ':' && text[p] != '=')) continue;
    ++p;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
    size_t e = p;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' ||
                               text[e] == '_' || text[e] == '.'))
      ++e;
    if (e > p) return std::string(text.substr(p, e - p));
  }
  return "";
}

// Magic comments before the first token: `# frozen_string_literal: true` (also in
// -*- ... -*- form); the source encoding on the first line (the second after `#!`).
void Lexer::magic_comment(std::string_view text) {
  bool after_shebang = line_ == 2 && src_.rfind("#!", 0) == 0;
  if ((line_ == 1 || after_shebang) && source_encoding_.empty() && text.rfind("!", 0) != 0)
    source_encoding_ = coding_name(text);
  std::string lower;
  for (char ch : text) lower += static_cast<char>(ch == '-' ? '_' : std::tolower(static_cast<unsigned char>(ch)));
  size_t k = lower.find("frozen_string_literal");
  if (k == std::string::npos) return;
  size_t p = k + 21;
  while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) ++p;
  if (p >= lower.size() || lower[p] != ':') return;
  ++p;
  while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) ++p;
  frozen_string_literal_ = lower.compare(p, 4, "true") == 0;
}

Token Lexer::code_token() {
  space_seen_ = false;
  cmd_state_ = command_start_;
  command_start_ = false;
  int line_before = line_;
  if (skip_space_and_comments()) {
    Token t = make(Tok::kNEWLINE);
    t.line = line_before;
    state_ = kExprBeg;
    command_start_ = true;
    return t;
  }
  tok_beg_ = pos_;
  int c = peekc();
  seen_token_ = true;
  if (c == -1) {
    eof_ = true;
    Token t = make(Tok::kEOF);
    t.line = eof_line();
    return t;
  }
  uint32_t op_state = after_operator() ? uint32_t{kExprArg} : uint32_t{kExprBeg};
  int c1 = peekc(1);
  int c2 = peekc(2);
  switch (c) {
    case ';':
      command_start_ = true;
      return op(Tok::kSEMI, 1, kExprBeg);
    case ',':
      return op(Tok::kCOMMA, 1, kExprBeg | kExprLabel);
    case '(': {
      Tok k;
      if (is_beg()) k = Tok::kLPAREN;
      else if (!space_seen_) k = Tok::kLPAREN_CALL;
      else if (is_arg() || (state_ & (kExprEnd | kExprLabel)) == (kExprEnd | kExprLabel))
        k = Tok::kLPAREN_ARG;
      else k = Tok::kLPAREN;
      if (k == Tok::kLPAREN) command_start_ = true;
      if (!frames_.empty() && frames_.back().mode == Mode::kEmbed) ++frames_.back().brace_depth;
      return op(k, 1, kExprBeg | kExprLabel);
    }
    case ')':
      if (!frames_.empty() && frames_.back().mode == Mode::kEmbed) --frames_.back().brace_depth;
      return op(Tok::kRPAREN, 1, kExprEndFn);
    case '[': {
      if (after_operator()) {
        if (c1 == ']' && c2 == '=') {
          Token t = op(Tok::kIDENT, 3, kExprArg);
          return t;
        }
        if (c1 == ']') return op(Tok::kIDENT, 2, kExprArg);
      }
      Tok k = (is_beg() || (is_arg() && (space_seen_ || (state_ & kExprLabeled))))
                  ? Tok::kLBRACK : Tok::kLBRACK_INDEX;
      return op(k, 1, kExprBeg | kExprLabel);
    }
    case ']':
      return op(Tok::kRBRACK, 1, kExprEnd);
    case '{': {
      Tok k;
      if (state_ & kExprLabeled) k = Tok::kLBRACE;
      else if (state_ & (kExprArg | kExprCmdArg | kExprEnd | kExprEndFn)) k = Tok::kLBRACE_BLOCK;
      else if (state_ & kExprEndArg) k = Tok::kLBRACE_ARG;
      else k = Tok::kLBRACE;
      if (k != Tok::kLBRACE) command_start_ = true;
      if (!frames_.empty() && frames_.back().mode == Mode::kEmbed) ++frames_.back().brace_depth;
      return op(k, 1, kExprBeg | (k == Tok::kLBRACE ? uint32_t{kExprLabel} : 0u));
    }
    case '}':
      if (!frames_.empty() && frames_.back().mode == Mode::kEmbed) {
        if (frames_.back().brace_depth == 0) {
          frames_.pop_back();
          return op(Tok::kEMBEXPR_END, 1, kExprEnd);
        }
        --frames_.back().brace_depth;
      }
      return op(Tok::kRBRACE, 1, kExprEnd);
    case '.':
      if (c1 == '.' && c2 == '.')
        return op(is_beg() ? Tok::kBDOT3 : Tok::kDOT3, 3, kExprBeg);
      if (c1 == '.') return op(is_beg() ? Tok::kBDOT2 : Tok::kDOT2, 2, kExprBeg);
      if (c1 >= '0' && c1 <= '9') fail("no .<digit> floating literal anymore; put 0 before dot");
      return op(Tok::kDOT, 1, kExprDot);
    case ':':
      if (c1 == ':') {
        if (is_beg() || (state_ & kExprClass) || is_spcarg(c2))
          return op(Tok::kCOLON3, 2, kExprBeg);
        return op(Tok::kCOLON2, 2, kExprDot);
      }
      if (is_end() || is_space(c1) || c1 == '#' || c1 == -1)
        return op(Tok::kCOLON, 1, kExprBeg);
      if (c1 == '"' || c1 == '\'') {
        pos_ += 2;
        return push_string(Tok::kDSYM_BEG, c1 == '"', static_cast<char>(c1), 0, false);
      }
      return op(Tok::kSYMBEG, 1, kExprFname);
    case '?':
      if (is_end()) return op(Tok::kQUESTION, 1, kExprBeg);
      return lex_char_literal();
    case '=':
      if (at_line_start() && line_is("=begin")) {
        skip_embedded_doc();
        return code_token();
      }
      if (c1 == '=' && c2 == '=') return op(Tok::kEQQ, 3, op_state);
      if (c1 == '=') return op(Tok::kEQ, 2, op_state);
      if (c1 == '~') return op(Tok::kMATCH, 2, op_state);
      if (c1 == '>') return op(Tok::kASSOC, 2, kExprBeg);
      return op(Tok::kASSIGN, 1, kExprBeg);
    case '<':
      if (c1 == '=' && c2 == '>') return op(Tok::kCMP, 3, op_state);
      if (c1 == '=') return op(Tok::kLEQ, 2, op_state);
      if (c1 == '<') {
        if (!(state_ & (kExprDot | kExprClass)) && !is_end() &&
            (!is_arg() || (state_ & kExprLabeled) || space_seen_)) {
          int d = c2;
          if (d == '-' || d == '~') d = peekc(3);
          if (d == '"' || d == '\'' || d == '`' || is_ident_char(d)) return lex_heredoc_start();
        }
        if (c2 == '=') return op_asgn("<<", 3);
        return op(Tok::kLSHIFT, 2, op_state);
      }
      return op(Tok::kLT, 1, op_state);
    case '>':
      if (c1 == '=') return op(Tok::kGEQ, 2, op_state);
      if (c1 == '>') {
        if (c2 == '=') return op_asgn(">>", 3);
        return op(Tok::kRSHIFT, 2, op_state);
      }
      return op(Tok::kGT, 1, op_state);
    case '!':
      if (after_operator() && c1 == '@') return op(Tok::kBANG, 2, kExprArg);
      if (c1 == '=') return op(Tok::kNEQ, 2, op_state);
      if (c1 == '~') return op(Tok::kNMATCH, 2, op_state);
      return op(Tok::kBANG, 1, op_state);
    case '&':
      if (c1 == '&') {
        if (c2 == '=') return op_asgn("&&", 3);
        return op(Tok::kANDOP, 2, kExprBeg);
      }
      if (c1 == '=') return op_asgn("&", 2);
      if (c1 == '.') return op(Tok::kANDDOT, 2, kExprDot);
      if (is_spcarg(c1) && !(c1 == ':' && (peekc(2) == '\'' || peekc(2) == '"' ||
                                             is_ident_char(peekc(2)))))
        warn("`&' interpreted as argument prefix");
      if (is_spcarg(c1) || is_beg()) return op(Tok::kBLOCK_AMPER, 1, kExprBeg);
      return op(Tok::kAMPER, 1, op_state);
    case '|':
      if (c1 == '|' && !(state_ & kExprBeg)) {
        if (c2 == '=') return op_asgn("||", 3);
        return op(Tok::kOROP, 2, kExprBeg);
      }
      if (c1 == '=') return op_asgn("|", 2);
      return op(Tok::kPIPE, 1, (state_ & kExprBeg) ? (kExprBeg | kExprLabel) : (op_state | kExprLabel));
    case '*':
      if (c1 == '*') {
        if (c2 == '=') return op_asgn("**", 3);
        if (is_spcarg(c2)) warn("`**' interpreted as argument prefix");
        if (is_spcarg(c2) || is_beg()) return op(Tok::kDSPLAT, 2, kExprBeg);
        return op(Tok::kPOW, 2, op_state);
      }
      if (c1 == '=') return op_asgn("*", 2);
      if (is_spcarg(c1)) warn("`*' interpreted as argument prefix");
      if (is_spcarg(c1) || is_beg()) return op(Tok::kSPLAT, 1, kExprBeg);
      return op(Tok::kSTAR, 1, op_state);
    case '+':
    case '-': {
      bool plus = c == '+';
      if (after_operator()) {
        if (c1 == '@') return op(plus ? Tok::kUPLUS : Tok::kUMINUS, 2, kExprArg);
        return op(plus ? Tok::kPLUS : Tok::kMINUS, 1, kExprArg);
      }
      if (c1 == '=') return op_asgn(plus ? "+" : "-", 2);
      if (!plus && c1 == '>') return op(Tok::kLAMBDA, 2, kExprEndFn);
      if (is_beg() || (is_spcarg(c1) && c1 != '=')) {
        if (!is_beg()) warn_ambiguous(static_cast<char>(c));
        if (c1 >= '0' && c1 <= '9') {
          if (plus) { ++pos_; return lex_number(false); }
          return op(Tok::kUMINUS_NUM, 1, kExprBeg);
        }
        return op(plus ? Tok::kUPLUS : Tok::kUMINUS, 1, kExprBeg);
      }
      return op(plus ? Tok::kPLUS : Tok::kMINUS, 1, kExprBeg);
    }
    case '/':
      if (is_beg()) { ++pos_; return push_string(Tok::kREGEXP_BEG, true, '/', 0, false); }
      if (c1 == '=') return op_asgn("/", 2);
      if (is_spcarg(c1)) {
        warn("ambiguity between regexp and two divisions: wrap regexp in parentheses or add "
             "a space after `/' operator");
        ++pos_;
        return push_string(Tok::kREGEXP_BEG, true, '/', 0, false);
      }
      return op(Tok::kDIVIDE, 1, op_state);
    case '^':
      if (c1 == '=') return op_asgn("^", 2);
      return op(Tok::kCARET, 1, op_state);
    case '~':
      if (after_operator() && c1 == '@') return op(Tok::kTILDE, 2, kExprArg);
      return op(Tok::kTILDE, 1, op_state);
    case '%':
      if (is_beg() || ((state_ & kExprFitem) && c1 == 's') ||
          (is_spcarg(c1) && c1 != '=' ))
        return lex_percent();
      if (c1 == '=') return op_asgn("%", 2);
      return op(Tok::kPERCENT, 1, op_state);
    case '"':
      ++pos_;
      return push_string(Tok::kSTRING_BEG, true, '"', 0, label_possible());
    case '\'':
      ++pos_;
      return push_string(Tok::kSTRING_BEG, false, '\'', 0, label_possible());
    case '`':
      if (state_ & kExprFname) return op(Tok::kIDENT, 1, kExprEndFn);
      if (state_ & kExprDot) return op(Tok::kIDENT, 1, kExprArg);
      ++pos_;
      return push_string(Tok::kXSTRING_BEG, true, '`', 0, false);
    case '$':
      return lex_gvar();
    case '@':
      return lex_at();
    case '\\':
      fail("syntax error, unexpected backslash");
    default:
      break;
  }
  if (c >= '0' && c <= '9') return lex_number(false);
  if (is_ident_char(c)) return lex_identifier();
  if (c == 0 || c == 4 || c == 26) {   // NUL, ^D, ^Z end the program
    eof_ = true;
    return make(Tok::kEOF);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "Invalid char `\\x%02X' in expression", c);
  fail(buf);
}

Token Lexer::lex_identifier() {
  size_t start = pos_;
  while (is_ident_char(peekc())) ++pos_;
  Tok kind = Tok::kIDENT;
  int c = peekc();
  if ((c == '!' || c == '?') && !(peekc(1) == '=' && peekc(2) != '=' && peekc(2) != '~' &&
                                  peekc(2) != '>')) {
    ++pos_;
    kind = Tok::kFID;
  } else if (c == '!' || c == '?') {
    if (peekc(1) == '=' && (peekc(2) == '=' || peekc(2) == '~' || peekc(2) == '>')) {
      ++pos_;
      kind = Tok::kFID;
    }
  }
  std::string_view word = src_.substr(start, pos_ - start);
  uint32_t last_state = state_;
  Token t = make(kind);
  t.text.assign(word);
  if (kind == Tok::kIDENT && (state_ & kExprFname) && peekc() == '=' && peekc(1) != '~' &&
      peekc(1) != '>' && (peekc(1) != '=' || peekc(2) == '>')) {
    ++pos_;
    t.text += '=';
    state_ = kExprEndFn;
    return t;
  }
  if (kind == Tok::kIDENT && ident_is_const(word)) t.kind = Tok::kCONST;
  // labels: `foo:` (not `foo::`)
  if (label_possible() && peekc() == ':' && peekc(1) != ':') {
    ++pos_;
    t.kind = Tok::kLABEL;
    state_ = kExprArg | kExprLabeled;
    return t;
  }
  if (!(last_state & kExprDot) && kind == Tok::kIDENT) {
    Tok kw = keyword_kind(word);
    if (kw == Tok::kKW_DEFINED) kw = Tok::kEOF;   // handled below as FID "defined?"
    if (kw != Tok::kEOF) {
      t.kind = kw;
      if (last_state & kExprFname) {
        state_ = kExprEndFn;
        return t;
      }
      state_ = keyword_state(kw);
      if (state_ == kExprBeg) command_start_ = true;
      bool beg = last_state & (kExprBeg | kExprLabeled | kExprClass);
      if (!beg) {
        switch (kw) {
          case Tok::kKW_IF: t.kind = Tok::kKW_IF_MOD; state_ = kExprBeg | kExprLabel; break;
          case Tok::kKW_UNLESS: t.kind = Tok::kKW_UNLESS_MOD; state_ = kExprBeg | kExprLabel; break;
          case Tok::kKW_WHILE: t.kind = Tok::kKW_WHILE_MOD; state_ = kExprBeg | kExprLabel; break;
          case Tok::kKW_UNTIL: t.kind = Tok::kKW_UNTIL_MOD; state_ = kExprBeg | kExprLabel; break;
          case Tok::kKW_RESCUE: t.kind = Tok::kKW_RESCUE_MOD; state_ = kExprBeg | kExprLabel; break;
          default: break;
        }
      }
      if (kw == Tok::kKW_DO) command_start_ = true;
      return t;
    }
  }
  if (kind == Tok::kFID && word == "defined?" && !(last_state & (kExprDot | kExprFname))) {
    t.kind = Tok::kKW_DEFINED;
    state_ = kExprArg;
    return t;
  }
  if (last_state & kExprFname) {
    state_ = kExprEndFn;
  } else if (t.kind == Tok::kIDENT && !(last_state & kExprDot) && is_local_(ctx_, word)) {
    state_ = kExprEnd | kExprLabel;
  } else if (cmd_state_ && !(last_state & kExprDot)) {
    state_ = kExprCmdArg;
  } else {
    state_ = kExprArg;
  }
  return t;
}

Token Lexer::lex_gvar() {
  Token t = make(Tok::kGVAR);
  size_t start = pos_;
  ++pos_;   // $
  int c = peekc();
  state_ = kExprEnd;
  switch (c) {
    case '_':
      if (is_ident_char(peekc(1))) break;
      ++pos_;
      t.text = "$_";
      return t;
    case '~': case '*': case '$': case '?': case '!': case '@': case '/': case '\\':
    case ';': case ',': case '.': case '=': case ':': case '<': case '>': case '"': case '0':
      ++pos_;
      t.text.assign(src_.substr(start, 2));
      return t;
    case '-':
      ++pos_;
      if (is_ident_char(peekc())) ++pos_;
      t.text.assign(src_.substr(start, pos_ - start));
      return t;
    case '&': case '`': case '\'': case '+':
      ++pos_;
      t.text.assign(src_.substr(start, 2));
      t.kind = Tok::kBACK_REF;
      return t;
    default:
      if (c >= '1' && c <= '9') {
        while (peekc() >= '0' && peekc() <= '9') ++pos_;
        t.text.assign(src_.substr(start, pos_ - start));
        t.kind = Tok::kNTH_REF;
        t.num = 0;
        for (size_t i = start + 1; i < pos_ && t.num < (1 << 30); ++i) t.num = t.num * 10 + (src_[i] - '0');
        return t;
      }
      break;
  }
  if (!is_ident_char(peekc()) || (peekc() >= '0' && peekc() <= '9'))
    fail("`$' without identifiers is not allowed as a global variable name");
  while (is_ident_char(peekc())) ++pos_;
  t.text.assign(src_.substr(start, pos_ - start));
  return t;
}

Token Lexer::lex_at() {
  size_t start = pos_;
  Token t = make(Tok::kIVAR);
  ++pos_;
  if (peekc() == '@') {
    ++pos_;
    t.kind = Tok::kCVAR;
  }
  int c = peekc();
  const char* what = t.kind == Tok::kCVAR ? "class variable" : "instance variable";
  const char* sig = t.kind == Tok::kCVAR ? "@@" : "@";
  if (c >= '0' && c <= '9') {
    size_t e = pos_;
    while (e < src_.size() && is_ident_char(static_cast<unsigned char>(src_[e]))) ++e;
    fail("`" + std::string(src_.substr(start, e - start)) + "' is not allowed as an " +
         what + " name");
  }
  if (!is_ident_char(c)) fail(std::string("`") + sig + "' without identifiers is not allowed as " +
                              (t.kind == Tok::kCVAR ? "a " : "an ") + what + " name");
  while (is_ident_char(peekc())) ++pos_;
  t.text.assign(src_.substr(start, pos_ - start));
  state_ = (state_ & kExprFname) ? kExprEndFn : kExprEnd;
  return t;
}

}  // namespace maglev::vm::parse
