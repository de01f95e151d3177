// Helpers shared by the parser's unit tests: parse a source string and render the
// result the way the tests compare it. Test-only; never linked into the VM.
#pragma once

#include <string>

#include "vm/parse/parser.h"

namespace maglev::vm::parse {

// Out of line: GCC 12 reports a false -Wmaybe-uninitialized when it inlines this.
// As the text of an eval in a method: `yield` is allowed at its top level.
[[gnu::noinline]] inline ParseOptions options_for(const char* file) {
  ParseOptions opts;
  opts.file = file;
  opts.eval_in_method = true;
  return opts;
}

// "(body)" or "{locals} (body)" for a program that parses; "ERROR file:line: message"
// (with file "-e") when it does not.
inline std::string body_dump(const std::string& source) {
  ParseResult r = parse(source, options_for("-e"));
  if (!r.errors.empty()) return "ERROR " + r.errors[0].to_string();
  std::string out;
  if (!r.root->locals.empty()) {
    out += '{';
    for (size_t i = 0; i < r.root->locals.size(); ++i) {
      if (i) out += ' ';
      out += r.root->locals[i];
    }
    out += "} ";
  }
  out += dump(r.root->a);
  return out;
}

// The first syntax error as "line: message", or "OK".
inline std::string first_error(const std::string& source, bool* incomplete = nullptr) {
  ParseResult r = parse(source, options_for("t.rb"));
  if (incomplete) *incomplete = r.incomplete;
  if (r.errors.empty()) return "OK";
  return std::to_string(r.errors[0].line) + ": " + r.errors[0].message;
}

}  // namespace maglev::vm::parse
