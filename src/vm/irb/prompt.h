// irb's prompt modes and prompt strings: PROMPT_I/N/S/C and RETURN with irb's %
// escapes (%N %m %M %l %i %n, with widths like %03n), the auto-indent padding irb
// adds when it reads plain lines, and the RETURN format applied to a result.
#pragma once

#include <string>

#include "vm/irb/statement.h"

namespace maglev::vm::irb {

// One prompt mode, as IRB.conf[:PROMPT][name] holds it. A missing prompt is "".
struct PromptMode {
  std::string prompt_i = "%N(%m):%03n:%i> ";   // a new statement
  std::string prompt_n = "%N(%m):%03n:%i> ";   // inside class/def/blocks
  std::string prompt_s = "%N(%m):%03n:%i%l ";  // inside a string-like literal
  std::string prompt_c = "%N(%m):%03n:%i* ";   // the expression goes on
  std::string return_format = "=> %s\n";       // printf-style, one %s
  bool auto_indent = true;
};

// What the escapes stand for.
struct PromptContext {
  std::string irb_name = "irb";   // %N
  std::string main_to_s = "main";   // %m
  std::string main_inspect = "main";   // %M
};

// The prompt for the next line of a statement in state `st` (line number `line_no`):
// empty unless `prompting` (irb's prompting?), then padded as irb pads it to the
// statement's indentation (mode.auto_indent; also when not prompting).
std::string make_prompt(const PromptMode& mode, const PromptContext& ctx,
                        const StatementState& st, bool first_line, int line_no,
                        bool prompting);

// `format` (a RETURN string) with its %s replaced by `text` (printf semantics for %%).
std::string apply_return_format(const std::string& format, const std::string& text);

}  // namespace maglev::vm::irb
