// What irb prints after an evaluation: the result through the RETURN format (pp's
// layout, assignments truncated to a line, MagLev's layout for arrays of multi-line
// inspections), and an exception the way irb 1.4 prints one.
#pragma once

#include <string>

#include "vm/runtime.h"

namespace maglev::vm::irb {

struct OutputSettings {
  std::string return_format = "=> %s\n";
  int pp_width = 80;         // pp's width: the terminal's columns, 1 off a terminal
  int window_width = 80;     // for truncating assignments
  bool highlight = false;    // exceptions in bold/underline (stderr is a terminal)
  int back_trace_limit = 16;
};

// The inspection irb shows for `v`: MagLev's layout when `v` is an Array and an
// element's inspect spans lines (`[`, each element then `,`, `]` on its own line),
// else pp's layout. Sets *seed_layout when the first applies. May raise.
std::string inspect_for_irb(Vm& vm, Value v, int pp_width, bool* seed_layout);

// The text irb prints for the result `v` (`omit`: an assignment, shown truncated).
// Inspect errors give irb's "(Object doesn't support #inspect)" line.
std::string format_result(Vm& vm, Value v, bool omit, const OutputSettings& settings);

// The text irb prints for an exception that ended an evaluation: full_message's
// layout (order: top), at most back_trace_limit backtrace lines.
std::string format_exception(Vm& vm, Value exc, const OutputSettings& settings);

}  // namespace maglev::vm::irb
