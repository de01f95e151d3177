// Checks CRuby 3.1 makes on a complete tree, after parsing: void value expressions (a
// `return`/`break`/... where a value is needed; a parse error in CRuby) and misplaced
// break/next/redo/retry/yield/return (compile errors: "Invalid break", "Can't escape
// from eval with next", ...).
#pragma once

#include <optional>
#include <string_view>

#include "vm/parse/ast.h"
#include "vm/parse/parser.h"

namespace maglev::vm::parse {

// The first error of `root` (a PROGRAM parsed from `source` with `options`), if any:
// void value expressions first (with a snippet), then misplaced jumps (compile_error).
std::optional<SyntaxError> check_tree(const Node* root, std::string_view source,
                                      const ParseOptions& options);

}  // namespace maglev::vm::parse
