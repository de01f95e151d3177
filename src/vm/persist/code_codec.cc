// Compiled code in the repository: the instruction words with every Symbol operand
// turned into an index of the code's own name table (SymIds are per process), the
// literal pool, call sites (without their inline caches), child scopes as references,
// catch tables, line table, locals and parameters. A VM reading it runs it as compiled:
// nothing is parsed again.
#include <cstring>
#include <string_view>

#include "vm/persist/code_wire.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {

void put_sym(Writer& w, SymId s) {
  if (s == 0) return w.u8(0);
  w.u8(1);
  w.bytes(sym_name(s));
}

SymId get_sym(Reader& r) { return r.u8() ? intern(r.bytes()) : 0; }

// Set in the kind byte of code written with CatchEntry::handler_end and line.
constexpr uint8_t kHandlerFrames = 0x80;

}  // namespace

void encode_code(Vm& vm, const Code& c, Writer& w, const RefFn& ref) {
  w.u8(static_cast<uint8_t>(c.kind) | kHandlerFrames);
  w.bytes(c.name);
  w.bytes(c.file);
  w.svarint(c.first_line);
  put_sym(w, c.method_name);
  w.varint(c.insns.size());
  for (size_t pc = 0; pc < c.insns.size();) {
    uint32_t op = c.insns[pc++];
    w.varint(op);
    OpcodeShape k = op < kOpcodeCount ? opcode_shape(op) : OpcodeShape{0, 0};
    for (int i = 0; i < k.count && pc < c.insns.size(); ++i, ++pc) {
      if (k.sym_bits >> i & 1) {
        put_sym(w, c.insns[pc]);
      } else {
        w.varint(c.insns[pc]);
      }
    }
  }
  w.varint(c.literals.size());
  for (Value v : c.literals) put_value(vm, w, v, ref, Edge{Edge::kNone});
  put_calls(w, c, put_sym);
  w.varint(c.ivar_caches.size());
  w.varint(c.children.size());
  for (RCode* child : c.children) put_value(vm, w, Value::object(child), ref, Edge{Edge::kNone});
  put_tables(w, c, put_sym);
}

void decode_code(Vm& vm, Code& c, Reader& r) {
  uint8_t head = r.u8();
  c.kind = static_cast<Code::Kind>(head & ~kHandlerFrames);
  c.name = std::string(r.bytes());
  c.file = std::string(r.bytes());
  c.first_line = static_cast<int>(r.svarint());
  c.method_name = get_sym(r);
  uint64_t n = r.varint();
  c.insns.clear();
  c.insns.reserve(n);
  while (c.insns.size() < n && !r.bad) {
    auto op = static_cast<uint32_t>(r.varint());
    c.insns.push_back(op);
    if (op >= kOpcodeCount) r.bad = true;
    OpcodeShape k = r.bad ? OpcodeShape{0, 0} : opcode_shape(op);
    for (int i = 0; i < k.count && c.insns.size() < n && !r.bad; ++i)
      c.insns.push_back(k.sym_bits >> i & 1 ? get_sym(r) : static_cast<uint32_t>(r.varint()));
  }
  c.literals.resize(r.bad ? 0 : r.varint());
  for (Value& v : c.literals) v = get_value(vm, r);
  get_calls(r, c, get_sym);
  c.ivar_caches.assign(r.bad ? 0 : r.varint(), IvarCache());
  c.children.resize(r.bad ? 0 : r.varint());
  for (RCode*& child : c.children) {
    Value v = get_value(vm, r);
    child = v.is_heap() && v.heap()->type == HeapType::kCode ? v.as<RCode>() : nullptr;
    if (child == nullptr) r.bad = true;
  }
  get_tables(r, c, get_sym, head & kHandlerFrames);
  if (r.bad) {
    // A malformed code object must never run: leave a body that raises.
    c.insns.clear();
    raise_maglev(vm, "MaglevException", "compiled code object of " + c.name + " is malformed");
  }
}

}  // namespace maglev::vm::persist
