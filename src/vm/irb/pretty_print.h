// Ruby's PrettyPrint (prettyprint.rb, Oppen's algorithm) ported to C++, and pp's
// layouts for core values (Array, Hash, Struct, Range, plain objects), as irb 3.1's
// ColorPrinter lays out a result: strings as their inspect, everything else whose
// inspect is user-defined as one text.
#pragma once

#include <string>

#include "vm/runtime.h"

namespace maglev::vm::irb {

// `v` laid out by pp at `width` columns (irb: the terminal's width, or 1 when stdout
// is not a terminal, as Reline reports then). Calls Ruby (inspect, members...), so
// it may raise RubyError.
std::string pretty_inspect(Vm& vm, Value v, int width);

}  // namespace maglev::vm::irb
