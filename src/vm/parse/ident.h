// Identifier classes shared by the lexer, the parser and the runtime: whether a name
// is a constant's (its first character is an uppercase letter, ASCII or not: Ünïcode).
#pragma once

#include <string_view>

namespace maglev::vm::parse {

// True when `name` starts with an uppercase letter (UTF-8; Unicode's uppercase class).
bool ident_is_const(std::string_view name);

}  // namespace maglev::vm::parse
