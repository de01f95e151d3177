// The parts of compiled code's byte format that the repository (persist/code_codec.cc)
// and the prelude image (snapshot/prelude_image.cc) share: which instruction operands
// are Symbols, the call sites, and the catch, line, local and parameter tables. Each
// caller writes a Symbol its own way (by name in the repository, by table index in the
// image) and passes that as `put_sym` / `get_sym`. This file never decides the framing
// around these parts (heads, literals, children): the two formats differ there.
#pragma once

#include "vm/compile/code.h"
#include "vm/persist/wire.h"

namespace maglev::vm::persist {

// Operand count of opcode `op` and one bit per operand that holds a SymId (operand
// kinds "sym", "new", "old" in opcodes.def). REQUIRES: op < kOpcodeCount.
struct OpcodeShape {
  uint8_t count;
  uint8_t sym_bits;
};
OpcodeShape opcode_shape(uint32_t op);

template <typename PutSym>
void put_calls(Writer& w, const Code& c, PutSym put_sym) {
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
}

template <typename GetSym>
void get_calls(Reader& r, Code& c, GetSym get_sym) {
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
}

// Catches, lines, locals, frame sizes, parameters and flags: everything after a code
// object's children.
template <typename PutSym>
void put_tables(Writer& w, const Code& c, PutSym put_sym) {
  w.varint(c.catches.size());
  for (const CatchEntry& e : c.catches) {
    w.u8(e.kind);
    w.varint(e.start);
    w.varint(e.end);
    w.varint(e.handler);
    w.varint(e.sp);
    w.varint(e.retry);
    w.varint(e.handler_end);
    w.svarint(e.line);
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

// `handler_frames`: the catch entries carry handler_end and line (repository code
// written before they did has neither: its handlers show no `rescue in` frames).
template <typename GetSym>
void get_tables(Reader& r, Code& c, GetSym get_sym, bool handler_frames = true) {
  c.catches.resize(r.bad ? 0 : r.varint());
  for (CatchEntry& e : c.catches) {
    e.kind = static_cast<CatchEntry::Kind>(r.u8());
    e.start = static_cast<uint32_t>(r.varint());
    e.end = static_cast<uint32_t>(r.varint());
    e.handler = static_cast<uint32_t>(r.varint());
    e.sp = static_cast<uint32_t>(r.varint());
    e.retry = static_cast<uint32_t>(r.varint());
    if (handler_frames) {
      e.handler_end = static_cast<uint32_t>(r.varint());
      e.line = static_cast<int32_t>(r.svarint());
    }
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
}

}  // namespace maglev::vm::persist
