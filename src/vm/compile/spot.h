// error_highlight at compile time: which columns of which source line CRuby 3.1's
// error_highlight (lib/error_highlight/base.rb, point type :name) marks when the
// instruction compiled from a node raises NameError/NoMethodError. CRuby re-parses the
// file at error time; we apply the same rules to the node spans (Node::beg/end) while
// compiling, and the message reads the line back from the file (core/exception.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "vm/parse/ast.h"

namespace maglev::vm {

// One marked span: columns [beg_col, end_col) of `line` (1-based, bytes).
struct Spot {
  int line;
  int beg_col;
  int end_col;
};

// Computes spots over one source text. Every function returns nothing where
// error_highlight adds nothing (multi-line spans, non-ASCII lines, no match). The
// nodes' spans must be offsets into `source`. Holds a view: `source` must outlive it.
class Spotter {
 public:
  explicit Spotter(std::string_view source);

  // A CALL node failing for `mid` (its own name, or an op-assign's operator with the
  // target variable as `recv`): CRuby's CALL/QCALL, OPCALL, FCALL or VCALL by shape.
  std::optional<Spot> call(const parse::Node* call) const;
  // `x += 1` on a variable: CRuby's CALL of the operator on the variable.
  std::optional<Spot> var_op(const parse::Node* var, std::string_view op) const;
  // ATTRASGN (`x.foo = v`, `x[i] = v`).
  std::optional<Spot> attrasgn(const parse::Node* n) const;
  // OP_ASGN1/OP_ASGN2 (`x[i] op= v`, `x.foo op= v`): `target` is the ATTRASGN, `name`
  // the method of the failing instruction (reader, operator or writer).
  std::optional<Spot> op_asgn_attr(const parse::Node* target, std::string_view op,
                                   std::string_view name) const;
  // CONST, COLON3, COLON2.
  std::optional<Spot> constant(const parse::Node* n) const;
  // OP_CDECL (`A::B op= v`, `::C op= v`): `cdecl` is the target CDECL with the span of
  // the constant path; `name` the failing constant or operator.
  std::optional<Spot> op_cdecl(const parse::Node* cdecl, std::string_view op,
                               std::string_view name) const;

 private:
  struct Pos {
    int line;
    int col;
  };
  Pos pos(int32_t offset) const;
  // Lines [first, last] joined (with their newlines); empty when out of range or not
  // ASCII (error_highlight gives up on non-ASCII snippets).
  std::string_view fetch(int first, int last) const;
  std::optional<Spot> done(int line, int beg, int end) const;
  std::optional<Spot> call_named(const parse::Node* recv, std::string_view mid,
                                 int32_t call_end, const parse::Node* last_arg) const;
  std::optional<Spot> opcall(const parse::Node* call) const;
  std::optional<Spot> whole(const parse::Node* n) const;   // VCALL/CONST/COLON3
  // An ATTRASGN's receiver: its last line, and where /\G[\s)]*/ ends after it.
  bool after_receiver(const parse::Node* target, Pos* r, std::string_view* snippet,
                      size_t* p) const;
  // Where a `]` is looked for: after the last index argument when on the receiver's
  // line, else after the `[` at `bracket`.
  size_t index_args_end(const parse::Node* target, Pos r, size_t bracket) const;

  std::string_view src_;
  std::vector<uint32_t> starts_;   // offset of each line's first byte
};

}  // namespace maglev::vm
