// Instruction fusion: after a scope is compiled (jumps fixed), pairs of adjacent
// instructions that run together often get the fused opcode of opcodes.def on their
// first instruction. The instruction stream keeps its layout (every pc, jump target,
// catch range and line entry stays valid); only opcode words change.
#include "vm/compile/compiler_impl.h"

namespace maglev::vm {

namespace {

uint32_t fused(uint32_t op, uint32_t next) {
  bool branch = next == op_branchif || next == op_branchunless;
  switch (op) {
    case op_getlocal:
      return next == op_getlocal ? op_getlocal_getlocal
             : next == op_putobject ? op_getlocal_putobject
                                    : op;
    case op_setlocal: return next == op_getlocal ? op_setlocal_getlocal : op;
    case op_opt_lt: return branch ? op_opt_lt_branch : op;
    case op_opt_le: return branch ? op_opt_le_branch : op;
    case op_opt_gt: return branch ? op_opt_gt_branch : op;
    case op_opt_ge: return branch ? op_opt_ge_branch : op;
    case op_opt_eq: return branch ? op_opt_eq_branch : op;
    default: return op;
  }
}

}  // namespace

void fuse_instructions(Code* code) {
  std::vector<uint32_t>& w = code->insns;
  for (size_t pc = 0; pc < w.size();) {
    size_t next = pc + 1 + static_cast<size_t>(opcode_operands(w[pc]));
    if (next < w.size()) w[pc] = fused(w[pc], w[next]);
    pc = next;
  }
}

}  // namespace maglev::vm
