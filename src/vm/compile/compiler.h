// The bytecode compiler: turns a parsed program (parse/ast.h) into RCode objects,
// one per scope. Pure translation: it allocates literals and code objects on the
// VM heap but never runs Ruby code.
#pragma once

#include <string>

#include "vm/parse/ast.h"
#include "vm/runtime.h"

namespace maglev::vm {

enum class CompileKind { kProgram, kEval };

// Compiles a PROGRAM node. `outer_depths` is the number of enclosing block scopes an
// eval sees (their locals are reached with getlocal_up). With `source` (the text the
// program was parsed from, kProgram only), instructions that may raise NameError get
// error_highlight spots (Code::spots).
RCode* compile_program(Vm& vm, const parse::Node* program, const std::string& file,
                       CompileKind kind = CompileKind::kProgram, bool frozen_strings = false,
                       std::string_view source = {});

// True when the source's leading comments say `frozen_string_literal: true`.
bool frozen_string_literal_magic(std::string_view source);

// Human-readable listing of a code object and its children (--dump=insns).
std::string disassemble(Vm& vm, RCode* code);

}  // namespace maglev::vm
