// The parser's entry point: Ruby 3.1 source text in, an AST (ast.h) and syntax errors
// out. Pure function of its input; never throws, crashes, hangs or takes more than
// linear-ish time on any input. Thread-safe (no shared state).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/parse/ast.h"

namespace maglev::vm::parse {

struct ParseOptions {
  std::string file = "-";   // for __FILE__ and error messages
  int line = 1;             // line number of the first line
  // names of local variables visible from enclosing scopes (for eval with a binding,
  // instance_eval strings, irb lines): outermost scope first
  std::vector<std::vector<std::string>> outer_locals;
  bool eval = false;             // the text of an eval: break/next/redo cannot leave it
  bool dash_e = false;           // the -e script (no flip-flop or regex-in-condition warnings)
  bool eval_in_method = false;   // ... run inside a method, where yield is allowed
};

struct SyntaxError {
  std::string file;
  int line = 0;
  std::string message;   // e.g. "syntax error, unexpected `end'"
  std::string snippet;   // the source line and a caret line (error_snippet.h), or empty
  // Found where CRuby finds it when compiling ("Invalid break"), which a script
  // prints differently: "file: file:line: msg (SyntaxError)" for one in a method, class
  // or block; "file:line: msg" then "file: compile error (SyntaxError)" at top level.
  enum class Stage : uint8_t { kParse, kCompile, kCompileTop };
  Stage stage = Stage::kParse;
  // "file:line: message", then the snippet's lines, as CRuby prints it (no final newline)
  std::string to_string() const {
    std::string s = file + ":" + std::to_string(line) + ": " + message;
    if (!snippet.empty()) s += "\n" + snippet;
    return s;
  }
};

// A warning CRuby 3.1's parser (or compiler) prints: "file:line: warning: message".
struct ParseWarning {
  int line = 0;            // 0: none ("file: warning: message")
  std::string message;
  bool verbose = false;    // only when $VERBOSE is true (-w)
  bool experimental = false;   // category :experimental (Warning[:experimental])
};

struct ParseResult {
  std::unique_ptr<Ast> ast;    // owns every node
  Node* root = nullptr;        // a PROGRAM node; null only when errors is not empty
  std::vector<SyntaxError> errors;
  std::vector<ParseWarning> warnings;   // in the order CRuby prints them
  bool incomplete = false;     // input ended inside an unfinished construct (irb prints
                               // a continuation prompt). Set with errors (unclosed
                               // construct at end of input) and also without errors
                               // when the input ends in a backslash-newline: a script
                               // may run it, irb should read another line.
  std::optional<std::string> data;   // text after __END__, for DATA
  // `# frozen_string_literal: true` leads the file (also flag kProgramFrozenStrings)
  bool frozen_string_literal = false;
  // locals of the top-level scope, in slot order (irb keeps them across lines)
  std::vector<std::string> top_locals;
};

// Parses a whole program. `source` must stay alive only during the call.
ParseResult parse(std::string_view source, const ParseOptions& options);

}  // namespace maglev::vm::parse
