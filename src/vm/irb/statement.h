// Where an irb input stands after each line: complete (run it), unfinished (read
// another line, and with which prompt), or a syntax error (report it). Completeness
// is the real parser's verdict (ParseResult::incomplete); the prompt's decorations
// (nesting depth, continuation, open literal) come from the real lexer's tokens.
#pragma once

#include <string_view>

#include "vm/parse/parser.h"

namespace maglev::vm::irb {

struct StatementState {
  enum class Kind { kComplete, kIncomplete, kError };
  Kind kind = Kind::kComplete;
  int indent = 0;          // open class/def/do/begin/if/brackets... (irb's %i)
  bool continued = false;  // the last line ends where an operand must follow (PROMPT_C)
  char literal = 0;        // inside a literal: '"' '\'' '`' '/' ']' ':' (PROMPT_S's %l), or 0
};

// Classifies `text` (the lines read so far, each ending in '\n'), parsed with
// `options` (the workspace's, so local variables lex as they will run). Pure.
StatementState check_statement(std::string_view text, const parse::ParseOptions& options);

// Whether the last statement of a complete input is an assignment (irb shows those
// truncated to one line).
bool is_assignment(std::string_view text, const parse::ParseOptions& options);

}  // namespace maglev::vm::irb
