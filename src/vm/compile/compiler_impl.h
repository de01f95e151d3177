// The compiler's internal state shared by compile/*.cc: the scope being emitted
// (instructions, labels, stack depth, loops, active ensure bodies) and the
// per-construct emitters. Not used outside compile/.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/compile/code.h"
#include "vm/compile/compiler.h"
#include "vm/compile/spot.h"
#include "vm/object/encoding.h"
#include "vm/parse/ast.h"
#include "vm/runtime.h"

namespace maglev::vm {

using parse::Node;
using parse::NodeKind;

// True when a subtree makes closures (blocks, lambdas, for bodies, binding/eval) that
// capture the enclosing scope's locals, which then need a heap Env.
bool contains_closure(const Node* n);

// The opt_* instruction for a binary operator method (0 when there is none).
uint32_t opt_for(const std::string& name);

// Rewrites adjacent instruction pairs to their fused opcodes (fuse.cc). Run once a
// scope's jumps are fixed.
void fuse_instructions(Code* code);

struct LoopCtx {
  int break_label;
  int next_label;
  int redo_label;
  int depth;               // stack depth at loop entry (before its result)
  size_t ensure_level;     // ensures active outside the loop
};

struct ScopeCtx {
  ScopeCtx* parent = nullptr;
  Code* code = nullptr;
  RCode* rcode = nullptr;
  const Node* node = nullptr;
  bool is_for_block = false;        // a FOR body: not a parser scope (see lvar depth)
  const Node* method_params = nullptr;   // PARAMS of the enclosing def (zsuper)
  int method_depth = 0;             // parser block depth from here to the def scope
  std::vector<int> label_pos;
  std::vector<std::pair<size_t, int>> fixups;   // (operand index, label)
  int depth = 0;
  std::vector<LoopCtx> loops;
  // What a local jump (break/next/redo/return) leaving the current point must do first,
  // outermost first: run an ensure body, or restore $! as a rescue clause left.
  struct Unwind {
    const Node* ensure = nullptr;
    int errinfo_slot = -1;   // the rescue's slot with $! of the begin's entry
  };
  std::vector<Unwind> ensures;
  std::vector<int> retry_labels;    // innermost rescue's retry target
  std::vector<int> retry_depths;
  std::vector<int> retry_errinfo;   // its slot holding $! of the begin's entry
  int last_line = -1;
  int block_level = 0;              // 0 for methods/top; n for "block (n levels)"
  std::string block_base;           // an eval's top: what its blocks are "in" (else code->name)
};

class Compiler {
 public:
  Compiler(Vm& vm, std::string file) : vm_(vm), file_(std::move(file)) {}

  RCode* scope(const Node* node, Code::Kind kind, const std::string& name,
               ScopeCtx* parent, const Node* params, const Node* body);

  // --- emission (compiler.cc)
  void emit(uint32_t op) { s_->code->insns.push_back(op); }
  void emit(uint32_t op, uint32_t a) { emit(op); emit_word(a); }
  void emit(uint32_t op, uint32_t a, uint32_t b) { emit(op, a); emit_word(b); }
  void emit(uint32_t op, uint32_t a, uint32_t b, uint32_t c) { emit(op, a, b); emit_word(c); }
  void emit_word(uint32_t w) { s_->code->insns.push_back(w); }
  void adjust(int delta);
  int new_label() {
    s_->label_pos.push_back(-1);
    return static_cast<int>(s_->label_pos.size() - 1);
  }
  void place(int label) { s_->label_pos[label] = static_cast<int>(s_->code->insns.size()); }
  void jump_op(uint32_t op, int label);     // op with one offset operand
  uint32_t literal(Value v);
  uint32_t call_info(SymId mid, int argc, uint16_t flags, int block = -1,
                     const std::vector<SymId>& kw = {});
  uint32_t child(RCode* c);
  void line(const Node* n);
  void push_nil() { emit(op_putnil); adjust(1); }
  void pop() { emit(op_pop); adjust(-1); }
  void dup() { emit(op_dup); adjust(1); }
  void send(SymId mid, int argc, uint16_t flags = kCallFcall, int block = -1);
  // Records `spot` for the instruction emitted since pc_beg (error_highlight).
  void mark(uint32_t pc_beg, std::optional<Spot> spot);
  uint32_t pc() const { return static_cast<uint32_t>(s_->code->insns.size()); }

  // --- expressions (compiler.cc)
  void expr(const Node* n, bool used);
  void body(const Node* n, bool used);   // null -> nil
  void call(const Node* n, bool used);
  // Pushes arguments; returns argc and sets flags (splat, kwhash, blockarg). With `kw`,
  // literal keywords (`k: v` with Symbol keys only) are pushed as values and their names
  // stored there (for call_info) instead of building a Hash.
  int args(const std::vector<Node*>& list, const Node* block, uint16_t* flags, int* block_idx,
           std::vector<SymId>* kw = nullptr);
  void lvar_get(int slot, int depth);
  void lvar_set(int slot, int depth);
  int resolve_depth(int parser_depth);
  RCode* block_code(const Node* blk, bool lambda);
  void string_parts(const Node* n);   // pushes parts, returns via count
  int dstr_parts(const Node* n);
  void concat_strings(const Node* n);
  void defined(const Node* n);
  void defined_tail(int nil_label, int done);
  void super_call(const Node* n, bool zsuper, bool used);
  void yield_call(const Node* n, bool used);
  void definition(const Node* n, bool used);

  // --- assignment (compile_assign.cc)
  void assign(const Node* n, bool used);             // LASGN.. with value
  void assign_target(const Node* target);            // value on top -> consumed
  void masgn(const Node* n, bool used);
  void destructure(const Node* masgn_targets);       // array-ish on top -> consumed
  void op_asgn(const Node* n, bool used);

  // --- control flow (compile_control.cc)
  void if_(const Node* n, bool used);
  void and_or(const Node* n, bool used);
  void loop(const Node* n, bool used);
  void for_(const Node* n, bool used);
  void case_(const Node* n, bool used);
  void case_in(const Node* n, bool used);
  void pattern(const Node* pat, int fail_label);     // subject on top -> consumed
  void find_pattern(const Node* pat, int fail_label);  // array on top -> consumed
  void pattern_record(int n, PatternFail code, Value lit);   // see compile_pattern.cc
  void pattern_type_check(uint32_t type, SymId method);
  void break_(const Node* n);
  void next_(const Node* n);
  void redo_(const Node* n);
  void retry_(const Node* n);
  void return_(const Node* n);
  void rescue(const Node* n, bool used);
  void ensure(const Node* n, bool used);
  void unwind_ensures(size_t down_to);               // inline ensure bodies (jumps out)

  Vm& vm_;
  std::string file_;
  bool frozen_strings_ = false;   // # frozen_string_literal: true
  const EvalLabel* eval_label_ = nullptr;   // an eval's: the label of the code it runs in
  Enc source_enc_ = Enc::kUtf8;   // # encoding: x (literals and __ENCODING__)
  Value string_literal(const std::string& s);   // frozen, in the literal's encoding
  std::optional<Spotter> spotter_;   // with the source: error_highlight spots
  // masgn: attribute/index targets whose receiver and arguments are already on the
  // stack, with the depth of the receiver's slot.
  std::unordered_map<const Node*, int> masgn_pre_;
  const Node* rescue_in_ensure_ = nullptr;   // a RESCUE that is an ENSURE's body
  int pat_err_ = -1;   // hidden local of a single pattern's failure reason (-1: none)
  ScopeCtx* s_ = nullptr;
  int hidden_local();                                // allocates an unnamed slot
  ScopeCtx* method_scope();                          // the enclosing def's scope
  int fwd_slot(int i);                               // (...) rest/kwrest/block slots
  int fwd_depth();
};

}  // namespace maglev::vm
