// The source line and caret line CRuby 3.1 prints under a syntax error
// (parse.y's ruby_show_error_line): the line, cut to 30 bytes either side of the
// error's end with "..." marks, then spaces (tabs kept) up to the location's start, `^`,
// and `~` up to its end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace maglev::vm::parse {

// The two lines, without a final newline, for an error reported at `line` whose
// location covers the byte offsets [beg, end) of `source` (whose first line is numbered
// `first_line`). Empty when CRuby shows none: no location (beg < 0), a location that
// does not start on `line`, or a line of at most 4 bytes around the location.
std::string error_snippet(std::string_view source, int first_line, int line, int64_t beg,
                          int64_t end);

}  // namespace maglev::vm::parse
