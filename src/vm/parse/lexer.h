// The lexer: turns Ruby source bytes into Tokens on demand, with Ruby's
// context-dependent rules (lexer states as in CRuby's parse.y, string/heredoc modes).
// It owns no AST and never builds nodes; the parser drives it one token at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/parse/token.h"

namespace maglev::vm::parse {

// Thrown by the lexer and the parser to abandon a parse at the first error; caught
// only inside parse() (parser.cc). `incomplete` marks errors caused by end of input.
struct ParseAbort {
  int line;
  std::string message;
  bool incomplete;
  int64_t beg = -1;   // byte offsets of the location drawn under the source line
  int64_t end = -1;   // (error_snippet.h); -1: none
};

// Lexer states (bit set), named after CRuby's EXPR_* states.
enum LexState : uint32_t {
  kExprBeg = 1u << 0,     // start of an expression: unary operators, literals
  kExprEnd = 1u << 1,     // after a complete operand (literal, variable, `]`)
  kExprEndArg = 1u << 2,  // after the `)` of `foo (1)`
  kExprEndFn = 1u << 3,   // after a method name in def, or `)`
  kExprArg = 1u << 4,     // after a method name that may take command arguments
  kExprCmdArg = 1u << 5,  // ... at the start of a command
  kExprMid = 1u << 6,     // after return/break/next/rescue
  kExprFname = 1u << 7,   // a method name is expected (def, alias, :sym)
  kExprDot = 1u << 8,     // after `.` or `::`
  kExprClass = 1u << 9,   // after `class`
  kExprLabel = 1u << 10,  // a label is allowed
  kExprLabeled = 1u << 11,  // just after a label
  kExprFitem = 1u << 12,  // an alias/undef item
};

class Lexer {
 public:
  // `source` must outlive the lexer. `is_local(ctx, name)` tells whether `name` is a
  // local variable at the current point of the parse (Ruby's `x -1` rule).
  Lexer(std::string_view source, int first_line, bool (*is_local)(void*, std::string_view),
        void* ctx);

  // Returns the next token. Throws ParseAbort on a lexical error.
  Token next();
  // Where the lexer's -w warnings ("`*' interpreted as argument prefix") go: line and
  // message pairs, appended in source order.
  std::string_view source() const { return src_; }
  void set_warning_sink(std::vector<std::pair<int, std::string>>* sink) { warnings_ = sink; }

  uint32_t state() const { return state_; }
  void set_state(uint32_t s) { state_ = s; }
  void set_command_start(bool on) { command_start_ = on; }
  int line() const { return line_; }
  // The line CRuby reports for errors at end of input: that of the last character.
  int eof_line() const;
  // Whether a leading magic comment said `frozen_string_literal: true`.
  bool frozen_string_literal() const { return frozen_string_literal_; }
  // The encoding a `coding:` magic comment names (first line, or second after a
  // shebang), as written; empty when there is none.
  const std::string& source_encoding() const { return source_encoding_; }
  // Whether the input ended right after a backslash-newline continuation.
  bool continued_at_eof() const { return continued_at_eof_; }
  // The character right after the last token returned (-1 at end of input): tells
  // `not(x)` (a primary) from `not (x)`.
  int next_char() const { return peekc(); }
  // Text after `__END__`, once the lexer reached it.
  const std::optional<std::string>& data() const { return data_; }

 private:
  enum class Mode : uint8_t { kString, kEmbed, kDvar };
  struct Frame {
    Mode mode = Mode::kEmbed;
    // kString:
    Tok begin = Tok::kSTRING_BEG;  // which literal (STRING_BEG, REGEXP_BEG, WORDS_BEG...)
    bool interp = false;
    char term = 0;
    char paren = 0;                // opening bracket for nesting, or 0
    int nest = 0;
    bool label_ok = false;         // "foo": may end as a label
    bool heredoc = false;
    bool squiggly = false;
    bool dash = false;
    std::string id;                // heredoc terminator
    size_t resume_pos = 0;         // heredoc: where the opener line continues
    int resume_line = 0;
    bool at_line_start = true;     // heredoc: next content begins a body line
    // kEmbed:
    int brace_depth = 0;
  };

  Token next_token();   // next() without the token's end offset
  Token code_token();
  Token string_token(Frame& f);
  Token make(Tok kind);
  [[noreturn]] void fail(const std::string& message, bool incomplete = false);
  void warn(std::string message) {
    if (warnings_) warnings_->emplace_back(line_, std::move(message));
  }
  // parse.y's arg_ambiguous for the unary `-`/`+` of `p -x`
  void warn_ambiguous(char op) {
    warn(std::string("ambiguous first argument; put parentheses or a space even after `") + op +
         "' operator");
  }
  // An error drawn under the source bytes [beg, end) of the current line.
  [[noreturn]] void fail_at(const std::string& message, size_t beg, size_t end);

  int peekc(size_t off = 0) const {
    return pos_ + off < src_.size() ? static_cast<unsigned char>(src_[pos_ + off]) : -1;
  }
  int getc() {
    if (pos_ >= src_.size()) return -1;
    char ch = src_[pos_++];
    if (ch == '\n') ++line_;
    return static_cast<unsigned char>(ch);
  }
  bool is_beg() const;
  bool is_end() const { return state_ & (kExprEnd | kExprEndArg | kExprEndFn); }
  bool is_arg() const { return state_ & (kExprArg | kExprCmdArg); }
  bool is_spcarg(int c) const { return is_arg() && space_seen_ && !is_space(c); }
  bool after_operator() const { return state_ & (kExprFname | kExprDot); }
  bool label_possible() const {
    return ((state_ & (kExprLabel | kExprEndFn)) && !cmd_state_) || is_arg();
  }
  static bool is_space(int c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v' || c == '\n'; }
  static bool is_ident_char(int c) {
    return c >= 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c >= 0x80);
  }

  bool skip_space_and_comments();
  void skip_heredoc_bodies();   // after a newline: continue after heredoc bodies read
  void magic_comment(std::string_view text);   // true when a significant newline was consumed
  bool at_line_start() const { return pos_ == 0 || src_[pos_ - 1] == '\n'; }
  bool line_is(std::string_view word) const;
  void skip_embedded_doc();
  Token lex_number(bool negative);
  Token lex_identifier();
  Token lex_gvar();
  Token lex_at();
  Token lex_char_literal();
  Token lex_percent();
  Token lex_heredoc_start();
  Token push_string(Tok begin, bool interp, char term, char paren, bool label_ok);
  Token op(Tok kind, size_t len, uint32_t next_state);
  Token op_asgn(const char* op_text, size_t len);
  void read_escape(std::string& out, bool in_regexp_or_single);
  void read_utf8_escape(std::string& out);
  bool heredoc_terminator_here(const Frame& f, size_t* end) const;

  std::string_view src_;
  size_t pos_ = 0;
  std::vector<std::pair<int, std::string>>* warnings_ = nullptr;
  size_t tok_beg_ = 0;            // where the token being lexed starts (Token::beg)
  int line_ = 1;
  uint32_t state_ = kExprBeg;
  bool space_seen_ = false;
  bool command_start_ = true;
  bool cmd_state_ = false;
  size_t heredoc_end_ = 0;        // after the last heredoc body of the current line
  int heredoc_end_line_ = 0;
  std::vector<Frame> frames_;
  std::optional<std::string> data_;
  bool (*is_local_)(void*, std::string_view);
  void* ctx_;
  bool eof_ = false;
  bool seen_token_ = false;            // a token other than a newline was produced
  bool frozen_string_literal_ = false;
  std::string source_encoding_;
  bool continued_at_eof_ = false;
};

}  // namespace maglev::vm::parse
