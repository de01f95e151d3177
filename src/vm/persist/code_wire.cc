// The operand shapes of code_wire.h, read once from opcodes.def.
#include "vm/persist/code_wire.h"

#include <string_view>

namespace maglev::vm::persist {

namespace {

struct Shapes {
  OpcodeShape of[kOpcodeCount];
  Shapes() {
    static const char* const kKinds[] = {
#define OPCODE(name, n, kinds) kinds,
#include "vm/compile/opcodes.def"
#undef OPCODE
    };
    for (uint32_t op = 0; op < kOpcodeCount; ++op) {
      of[op] = {static_cast<uint8_t>(opcode_operands(op)), 0};
      std::string_view s = kKinds[op];
      for (int i = 0; i < of[op].count; ++i) {
        size_t sp = s.find(' ');
        std::string_view word = s.substr(0, sp);
        if (word == "sym" || word == "new" || word == "old") of[op].sym_bits |= 1 << i;
        s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
      }
    }
  }
};

}  // namespace

OpcodeShape opcode_shape(uint32_t op) {
  static const Shapes shapes;
  return shapes.of[op];
}

}  // namespace maglev::vm::persist
