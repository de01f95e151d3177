// The disassembler behind --dump=insns: one line per instruction with its operands,
// then each child code object (methods, blocks, class bodies), depth first.
#include <cstdio>

#include "vm/compile/compiler.h"
#include "vm/object/string.h"

namespace maglev::vm {

static const char* const kOpNames[] = {
#define OPCODE(name, n, kinds) #name,
#include "vm/compile/opcodes.def"
#undef OPCODE
};
static const int kOpOperands[] = {
#define OPCODE(name, n, kinds) n,
#include "vm/compile/opcodes.def"
#undef OPCODE
};

int opcode_operands(uint32_t op) { return op < kOpcodeCount ? kOpOperands[op] : 0; }
const char* opcode_name(uint32_t op) { return op < kOpcodeCount ? kOpNames[op] : "?"; }

static void dump(Vm& vm, RCode* rc, std::string* out) {
  const Code* c = rc->code;
  char buf[256];
  std::snprintf(buf, sizeof buf, "== %s (%s:%d) locals=%u stack=%u%s\n", c->name.c_str(),
                c->file.c_str(), c->first_line, c->nlocals, c->stack_max,
                c->needs_env ? " env" : "");
  *out += buf;
  for (size_t pc = 0; pc < c->insns.size();) {
    uint32_t op = c->insns[pc];
    std::snprintf(buf, sizeof buf, "%04zu %-16s", pc, opcode_name(op));
    *out += buf;
    int n = opcode_operands(op);
    for (int i = 1; i <= n && pc + i < c->insns.size(); ++i) {
      uint32_t w = c->insns[pc + i];
      std::string kinds = "";
      if ((op == op_putobject || op == op_putstring) && i == 1) {
        *out += " " + vm.inspect(c->literals[w]);
      } else if (op == op_getlocal_putobject) {   // shows the fused putobject's literal
        std::snprintf(buf, sizeof buf, " %d (%s)", static_cast<int32_t>(w),
                      vm.inspect(c->literals[c->insns[pc + 3]]).c_str());
        *out += buf;
      } else if (op == op_send || op == op_invokesuper || op == op_invokeblock ||
                 (op >= op_opt_plus && op <= op_opt_succ) || op == op_opt_nil_p ||
                 (op >= op_opt_lt_branch && op <= op_opt_eq_branch)) {
        const CallInfo& ci = c->calls[w];
        std::snprintf(buf, sizeof buf, " <%s argc:%u flags:%u%s>", sym_name(ci.mid).c_str(),
                      ci.argc, ci.flags, ci.block >= 0 ? " block" : "");
        *out += buf;
      } else if (op == op_jump || op == op_branchif || op == op_branchunless || op == op_branchnil) {
        std::snprintf(buf, sizeof buf, " ->%04d", static_cast<int>(pc + 2) + static_cast<int32_t>(w));
        *out += buf;
      } else {
        std::snprintf(buf, sizeof buf, " %d", static_cast<int32_t>(w));
        *out += buf;
      }
    }
    *out += "\n";
    pc += 1 + static_cast<size_t>(n);
  }
  for (const CatchEntry& e : c->catches) {
    std::snprintf(buf, sizeof buf, "catch %s [%u, %u) -> %u sp=%u\n",
                  e.kind == CatchEntry::kRescue ? "rescue" : "ensure", e.start, e.end, e.handler, e.sp);
    *out += buf;
  }
  for (RCode* child : c->children) dump(vm, child, out);
}

std::string disassemble(Vm& vm, RCode* code) {
  std::string out;
  dump(vm, code, &out);
  return out;
}

}  // namespace maglev::vm
