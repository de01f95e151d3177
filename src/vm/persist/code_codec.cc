// Compiled code in the repository: the instruction words with every Symbol operand
// turned into an index of the code's own name table (SymIds are per process), the
// literal pool, call sites (without their inline caches), child scopes as references,
// catch tables, line table, locals and parameters. A VM reading it runs it as compiled:
// nothing is parsed again.
#include <cstring>
#include <string_view>

#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {

// Which operands of each opcode are SymIds (from the operand kinds in opcodes.def).
struct OperandKinds {
  uint8_t count = 0;
  bool sym[4] = {};
};

OperandKinds kinds_of(uint32_t op) {
  static const char* const kKinds[] = {
#define OPCODE(name, n, kinds) kinds,
#include "vm/compile/opcodes.def"
#undef OPCODE
  };
  OperandKinds k;
  if (op >= kOpcodeCount) return k;
  k.count = static_cast<uint8_t>(opcode_operands(op));
  std::string_view s = kKinds[op];
  for (int i = 0; i < k.count && i < 4; ++i) {
    size_t sp = s.find(' ');
    std::string_view word = s.substr(0, sp);
    k.sym[i] = word == "sym" || word == "new" || word == "old";
    s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
  }
  return k;
}

void put_sym(Writer& w, SymId s) {
  if (s == 0) return w.u8(0);
  w.u8(1);
  w.bytes(sym_name(s));
}

SymId get_sym(Reader& r) { return r.u8() ? intern(r.bytes()) : 0; }

}  // namespace

void encode_code(Vm& vm, const Code& c, Writer& w, const RefFn& ref) {
  w.u8(static_cast<uint8_t>(c.kind));
  w.bytes(c.name);
  w.bytes(c.file);
  w.svarint(c.first_line);
  put_sym(w, c.method_name);
  w.varint(c.insns.size());
  for (size_t pc = 0; pc < c.insns.size();) {
    uint32_t op = c.insns[pc++];
    w.varint(op);
    OperandKinds k = kinds_of(op);
    for (int i = 0; i < k.count && pc < c.insns.size(); ++i, ++pc) {
      if (i < 4 && k.sym[i]) {
        put_sym(w, c.insns[pc]);
      } else {
        w.varint(c.insns[pc]);
      }
    }
  }
  w.varint(c.literals.size());
  for (Value v : c.literals) put_value(vm, w, v, ref, Edge{Edge::kNone});
  w.varint(c.calls.size());
  for (const CallInfo& ci : c.calls) {
    put_sym(w, ci.mid);
    w.varint(ci.argc);
    w.varint(ci.flags);
    w.svarint(ci.block);
    if (ci.flags & kCallKwArgs) {
      w.varint(ci.kwc);
      w.varint(static_cast<uint32_t>(ci.kw_lit));
    }
  }
  w.varint(c.ivar_caches.size());
  w.varint(c.children.size());
  for (RCode* child : c.children) put_value(vm, w, Value::object(child), ref, Edge{Edge::kNone});
  w.varint(c.catches.size());
  for (const CatchEntry& e : c.catches) {
    w.u8(e.kind);
    w.varint(e.start);
    w.varint(e.end);
    w.varint(e.handler);
    w.varint(e.sp);
    w.varint(e.retry);
  }
  w.varint(c.lines.size());
  for (auto& [pc, line] : c.lines) {
    w.varint(pc);
    w.svarint(line);
  }
  w.varint(c.local_names.size());
  for (SymId s : c.local_names) put_sym(w, s);
  w.varint(c.nlocals);
  w.varint(c.stack_max);
  const ParamInfo& p = c.params;
  w.varint(p.lead);
  w.varint(p.opt);
  w.varint(p.post);
  w.u8(static_cast<uint8_t>(p.rest | p.kwrest << 1 | p.block << 2 | p.no_kw << 3 |
                            p.forward << 4 | p.trailing_comma << 5 | p.identity_slots << 6));
  for (int16_t s : p.fwd_slots) w.svarint(s);
  w.varint(p.slots.size());
  for (int16_t s : p.slots) w.svarint(s);
  w.varint(p.opt_pcs.size());
  for (uint32_t pc : p.opt_pcs) w.varint(pc);
  w.varint(p.kw_names.size());
  for (size_t i = 0; i < p.kw_names.size(); ++i) {
    put_sym(w, p.kw_names[i]);
    w.u8(i < p.kw_required.size() && p.kw_required[i] ? 1 : 0);
  }
  w.u8(static_cast<uint8_t>(c.needs_env | c.has_params << 1));
}

void decode_code(Vm& vm, Code& c, Reader& r) {
  c.kind = static_cast<Code::Kind>(r.u8());
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
    OperandKinds k = kinds_of(op);
    if (op >= kOpcodeCount) r.bad = true;
    for (int i = 0; i < k.count && c.insns.size() < n && !r.bad; ++i)
      c.insns.push_back(i < 4 && k.sym[i] ? get_sym(r) : static_cast<uint32_t>(r.varint()));
  }
  c.literals.resize(r.bad ? 0 : r.varint());
  for (Value& v : c.literals) v = get_value(vm, r);
  c.calls.resize(r.bad ? 0 : r.varint());
  for (CallInfo& ci : c.calls) {
    ci = CallInfo();
    ci.mid = get_sym(r);
    ci.argc = static_cast<uint16_t>(r.varint());
    ci.flags = static_cast<uint16_t>(r.varint());
    ci.block = static_cast<int32_t>(r.svarint());
    if (ci.flags & kCallKwArgs) {
      ci.kwc = static_cast<uint16_t>(r.varint());
      ci.kw_lit = static_cast<int32_t>(r.varint());
    }
  }
  c.ivar_caches.assign(r.bad ? 0 : r.varint(), IvarCache());
  c.children.resize(r.bad ? 0 : r.varint());
  for (RCode*& child : c.children) {
    Value v = get_value(vm, r);
    child = v.is_heap() && v.heap()->type == HeapType::kCode ? v.as<RCode>() : nullptr;
    if (child == nullptr) r.bad = true;
  }
  c.catches.resize(r.bad ? 0 : r.varint());
  for (CatchEntry& e : c.catches) {
    e.kind = static_cast<CatchEntry::Kind>(r.u8());
    e.start = static_cast<uint32_t>(r.varint());
    e.end = static_cast<uint32_t>(r.varint());
    e.handler = static_cast<uint32_t>(r.varint());
    e.sp = static_cast<uint32_t>(r.varint());
    e.retry = static_cast<uint32_t>(r.varint());
  }
  c.lines.resize(r.bad ? 0 : r.varint());
  for (auto& [pc, line] : c.lines) {
    pc = static_cast<uint32_t>(r.varint());
    line = static_cast<int>(r.svarint());
  }
  c.local_names.resize(r.bad ? 0 : r.varint());
  for (SymId& s : c.local_names) s = get_sym(r);
  c.nlocals = static_cast<uint32_t>(r.varint());
  c.stack_max = static_cast<uint32_t>(r.varint());
  ParamInfo& p = c.params;
  p.lead = static_cast<uint16_t>(r.varint());
  p.opt = static_cast<uint16_t>(r.varint());
  p.post = static_cast<uint16_t>(r.varint());
  uint8_t bits = r.u8();
  p.rest = bits & 1;
  p.kwrest = bits & 2;
  p.block = bits & 4;
  p.no_kw = bits & 8;
  p.forward = bits & 16;
  p.trailing_comma = bits & 32;
  p.identity_slots = bits & 64;
  for (int16_t& s : p.fwd_slots) s = static_cast<int16_t>(r.svarint());
  p.slots.resize(r.bad ? 0 : r.varint());
  for (int16_t& s : p.slots) s = static_cast<int16_t>(r.svarint());
  p.opt_pcs.resize(r.bad ? 0 : r.varint());
  for (uint32_t& pc : p.opt_pcs) pc = static_cast<uint32_t>(r.varint());
  size_t nk = r.bad ? 0 : r.varint();
  p.kw_names.resize(nk);
  p.kw_required.resize(nk);
  for (size_t i = 0; i < nk; ++i) {
    p.kw_names[i] = get_sym(r);
    p.kw_required[i] = r.u8() != 0;
  }
  uint8_t flags = r.u8();
  c.needs_env = flags & 1;
  c.has_params = flags & 2;
  if (r.bad) {
    // A malformed code object must never run: leave a body that raises.
    c.insns.clear();
    raise_maglev(vm, "MaglevException", "compiled code object of " + c.name + " is malformed");
  }
}

}  // namespace maglev::vm::persist
