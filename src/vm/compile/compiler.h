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
// An eval's code is labelled in backtraces as the code it runs in ("<main>", "foo",
// "block in foo"), and its blocks as one level deeper.
struct EvalLabel {
  std::string label;   // the eval's own frames
  std::string base;    // what its blocks are "in" ("foo" for "block in foo")
  int level = 0;       // block nesting of `label`
};
EvalLabel eval_label_of(const std::string& label);

RCode* compile_program(Vm& vm, const parse::Node* program, const std::string& file,
                       CompileKind kind = CompileKind::kProgram, bool frozen_strings = false,
                       std::string_view source = {}, const EvalLabel* eval_label = nullptr);

// True when the source's leading comments say `frozen_string_literal: true`.
bool frozen_string_literal_magic(std::string_view source);

// Human-readable listing of a code object and its children (--dump=insns).
std::string disassemble(Vm& vm, RCode* code);

}  // namespace maglev::vm
