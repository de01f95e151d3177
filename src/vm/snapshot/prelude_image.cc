// Encoding and decoding of the prelude image (format in prelude_image.h).
#include "vm/snapshot/prelude_image.h"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "vm/core/core.h"
#include "vm/interp/ops.h"
#include "vm/persist/code_wire.h"

namespace maglev::vm::snapshot {

// Code's fields are all written below; a new field must be added to the format (and to
// same_code) before these sizes are updated (they are those of x86-64 libstdc++). Not
// written: Code::spots, always empty here (images are compiled without their source).
#if defined(__x86_64__) && defined(__GLIBCXX__) && !defined(_GLIBCXX_DEBUG)
static_assert(sizeof(Code) == 464, "Code changed: update the prelude image format");
static_assert(sizeof(ParamInfo) == 136, "ParamInfo changed: update the prelude image format");
static_assert(sizeof(CatchEntry) == 32, "CatchEntry changed: update the prelude image format");
static_assert(sizeof(CallInfo) == 48 + 8 + 40,   // kw_lit and the inline caches (not written)
               "CallInfo changed: update the prelude image format");
#endif

namespace {

constexpr char kMagic[8] = {'M', 'G', 'L', 'V', 'P', 'I', 'M', 'G'};
constexpr size_t kHeaderSize = 8 + 4;

void put_u32(persist::Writer& w, uint32_t v) {
  for (int i = 0; i < 4; ++i) w.u8(static_cast<uint8_t>(v >> (8 * i)));
}

uint32_t get_u32(persist::Reader& r) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(r.u8()) << (8 * i);
  return v;
}

// --- writing -----------------------------------------------------------------------

class FileEncoder {
 public:
  FileEncoder(Vm& vm, std::string_view path) : vm_(vm), path_(path) {}

  // Pass 1: every symbol named, so the table can be written before the code.
  void collect(const Code& c) {
    syms_.insert(c.method_name);
    for_each_sym_operand(c, [&](uint32_t s) { syms_.insert(s); });
    for (Value v : c.literals)
      if (v.is_symbol()) syms_.insert(v.symbol_id());
    for (const CallInfo& ci : c.calls) syms_.insert(ci.mid);
    for (SymId s : c.local_names) syms_.insert(s);
    for (SymId s : c.params.kw_names) syms_.insert(s);
    for (const RCode* child : c.children) collect(*child->code);
  }
  void add_sym(SymId s) { syms_.insert(s); }

  void write_table(persist::Writer& w) {
    std::vector<SymId> sorted(syms_.begin(), syms_.end());
    std::sort(sorted.begin(), sorted.end());
    w.varint(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) {
      index_[sorted[i]] = static_cast<uint32_t>(i);
      w.bytes(sym_name(sorted[i]));
    }
  }

  bool write_code(persist::Writer& w, const Code& c, std::string* error) {
    if (c.file != path_) {
      *error = "code " + c.name + " has file " + c.file + ", not " + path_;
      return false;
    }
    w.u8(static_cast<uint8_t>(c.kind));
    w.bytes(c.name);
    w.svarint(c.first_line);
    sym(w, c.method_name);
    w.varint(c.insns.size() * 4);
    for (size_t pc = 0; pc < c.insns.size();) {
      uint32_t op = c.insns[pc++];
      if (op >= kOpcodeCount || pc + persist::opcode_shape(op).count > c.insns.size()) {
        *error = "bad instruction in " + c.name;
        return false;
      }
      put_u32(w, op);
      persist::OpcodeShape k = persist::opcode_shape(op);
      for (int i = 0; i < k.count; ++i, ++pc)
        put_u32(w, k.sym_bits >> i & 1 ? index_.at(c.insns[pc]) : c.insns[pc]);
    }
    w.varint(c.literals.size());
    for (Value v : c.literals)
      if (!write_value(w, v, c, error)) return false;
    persist::put_calls(w, c, [this](persist::Writer& o, SymId s) { sym(o, s); });
    w.varint(c.ivar_caches.size());
    w.varint(c.children.size());
    for (const RCode* child : c.children) {
      persist::Writer cw;
      if (!write_code(cw, *child->code, error)) return false;
      w.varint(cw.buf.size());
      w.buf.insert(w.buf.end(), cw.buf.begin(), cw.buf.end());
    }
    persist::put_tables(w, c, [this](persist::Writer& o, SymId s) { sym(o, s); });
    return true;
  }

 private:
  template <typename F>
  static void for_each_sym_operand(const Code& c, F f) {
    for (size_t pc = 0; pc < c.insns.size();) {
      uint32_t op = c.insns[pc++];
      if (op >= kOpcodeCount) return;
      persist::OpcodeShape k = persist::opcode_shape(op);
      for (int i = 0; i < k.count && pc < c.insns.size(); ++i, ++pc)
        if (k.sym_bits >> i & 1) f(c.insns[pc]);
    }
  }

  void sym(persist::Writer& w, SymId s) { w.varint(index_.at(s)); }

  bool write_value(persist::Writer& w, Value v, const Code& c, std::string* error) {
    if (v.is_nil()) return w.u8('n'), true;
    if (v.is_true()) return w.u8('t'), true;
    if (v.is_false()) return w.u8('f'), true;
    if (v.is_undef()) return w.u8('u'), true;
    if (v.is_fixnum()) return w.u8('i'), w.svarint(v.fixnum_value()), true;
    if (v.is_flonum()) return w.u8('d'), w.f64(v.flonum_value()), true;
    if (v.is_symbol()) return w.u8('y'), sym(w, v.symbol_id()), true;
    RBasic* o = v.heap();
    // A heap literal shared by two places would become two objects: refuse it.
    if (!seen_.insert(o).second) {
      *error = "a heap literal is shared (in " + c.name + ")";
      return false;
    }
    switch (o->type) {
      case HeapType::kFloat:
        w.u8('D');
        w.f64(float_value(v));
        w.u8(static_cast<uint8_t>(o->flags));
        w.u8(static_cast<uint8_t>(o->flags >> 8));
        return true;
      case HeapType::kBignum:
        w.u8('g');
        w.bytes(int_to_string(v));
        w.u8(static_cast<uint8_t>(o->flags));
        w.u8(static_cast<uint8_t>(o->flags >> 8));
        return true;
      case HeapType::kString: {
        auto* s = v.as<RString>();
        w.u8('s');
        w.bytes(std::string_view(s->ptr, static_cast<size_t>(s->len)));
        w.u8(static_cast<uint8_t>(o->flags));
        w.u8(static_cast<uint8_t>(o->flags >> 8));
        put_u32(w, 0);   // was aux; a String's aux is its embedded room (layout, not data)
        return true;
      }
      case HeapType::kRegexp: {
        auto* re = v.as<RRegexp>();
        auto* src = re->source.as<RString>();
        w.u8('r');
        w.bytes(std::string_view(src->ptr, static_cast<size_t>(src->len)));
        w.varint(re->options);
        w.u8(static_cast<uint8_t>(o->flags));
        w.u8(static_cast<uint8_t>(o->flags >> 8));
        return true;
      }
      case HeapType::kClass:
        if (v.as<RClass>() == vm_.cObject) return w.u8('O'), true;
        break;
      default:
        break;
    }
    *error = "a literal of heap type " + std::to_string(static_cast<int>(o->type)) + " in " +
             c.name + " has no image encoding";
    return false;
  }

  Vm& vm_;
  std::string path_;
  std::unordered_set<SymId> syms_;
  std::unordered_map<SymId, uint32_t> index_;
  std::unordered_set<RBasic*> seen_;
};

// --- reading -------------------------------------------------------------------------

}  // namespace

// One file of an image: its symbol table, interned in order, and where its bytes end.
// Never freed: the methods left encoded (Code::pending) are decoded through it.
struct ImageFile {
  std::vector<SymId> syms;
  const unsigned char* end;
};

namespace {

class FileDecoder {
 public:
  FileDecoder(Vm& vm, persist::Reader& r, const ImageFile* file) : vm_(vm), r_(r), file_(file) {}

  // A file's symbol table, interned in order.
  static const ImageFile* read_table(persist::Reader& r) {
    size_t n = r.varint();
    if (r.bad || n > static_cast<size_t>(r.end() - r.pos())) return nullptr;
    auto* file = new ImageFile{std::vector<SymId>(n), r.end()};
    for (size_t i = 0; i < n && !r.bad; ++i) file->syms[i] = intern(r.bytes());
    if (!r.bad) return file;
    delete file;
    return nullptr;
  }

  // A code object's head (what a method's MethodEntry needs before its first call:
  // kind, name, file, first line, method name); `size` is its encoding's length.
  // Methods stay encoded (Code::pending); anything else is decoded now.
  RCode* read_code(const std::string& path, size_t size) {
    const unsigned char* end = r_.pos() + size;
    auto* rc = vm_.heap.make<RCode>(HeapType::kCode, nullptr);
    rc->code = new Code();
    Code& c = *rc->code;
    c.kind = static_cast<Code::Kind>(r_.u8());
    c.name = std::string(r_.bytes());
    c.file = path;
    c.first_line = static_cast<int>(r_.svarint());
    c.method_name = sym();
    if (r_.bad || r_.pos() > end) return nullptr;
    if (c.kind == Code::Kind::kMethod) {
      c.pending = r_.pos();
      c.pending_file = file_;
      r_.skip_to(end);
      return rc;
    }
    if (!read_body(c) || r_.pos() != end) return nullptr;
    return rc;
  }

  // The rest of a code object, after its head.
  bool read_body(Code& c) {
    std::string_view words = r_.bytes();
    c.insns.resize(words.size() / 4);
    if (!c.insns.empty()) std::memcpy(c.insns.data(), words.data(), c.insns.size() * 4);
    static_assert(std::endian::native == std::endian::little, "the image's words are LE");
    for (size_t pc = 0; pc < c.insns.size();) {
      uint32_t op = c.insns[pc++];
      persist::OpcodeShape k = op < kOpcodeCount ? persist::opcode_shape(op) : persist::OpcodeShape{0, 0};
      if (op >= kOpcodeCount || pc + k.count > c.insns.size()) {
        r_.bad = true;
        break;
      }
      for (uint32_t bits = k.sym_bits, i = 0; bits != 0; bits >>= 1, ++i)
        if (bits & 1) c.insns[pc + i] = map(c.insns[pc + i]);
      pc += k.count;
    }
    c.literals.resize(r_.bad ? 0 : r_.varint());
    for (Value& v : c.literals) v = read_value();
    persist::get_calls(r_, c, [this](persist::Reader&) { return sym(); });
    c.ivar_caches.resize(r_.bad ? 0 : r_.varint());
    c.children.resize(r_.bad ? 0 : r_.varint());
    for (RCode*& child : c.children) {
      size_t size = r_.varint();
      if (r_.bad || size > static_cast<size_t>(r_.end() - r_.pos())) return r_.bad = true, false;
      child = read_code(c.file, size);
      if (child == nullptr) return r_.bad = true, false;
    }
    persist::get_tables(r_, c, [this](persist::Reader&) { return sym(); });
    return !r_.bad;
  }

 private:
  SymId map(uint32_t index) {
    if (index < file_->syms.size()) return file_->syms[index];
    r_.bad = true;
    return 0;
  }
  SymId sym() { return map(static_cast<uint32_t>(r_.varint())); }
  uint16_t flags16() {
    uint16_t lo = r_.u8();
    return static_cast<uint16_t>(lo | r_.u8() << 8);
  }

  Value read_value() {
    switch (r_.u8()) {
      case 'n': return Value::nil();
      case 't': return Value::t();
      case 'f': return Value::f();
      case 'u': return Value::undef();
      case 'i': return Value::fixnum(r_.svarint());
      case 'd': return float_new(vm_, r_.f64());
      case 'y': return Value::symbol(sym());
      case 'O': return Value::object(vm_.cObject);
      case 'D': {
        Value v = float_new(vm_, r_.f64());
        uint16_t fl = flags16();
        if (v.is_heap()) v.heap()->flags = fl;
        return v;
      }
      case 'g': {
        Value v = int_parse(vm_, std::string(r_.bytes()));
        uint16_t fl = flags16();
        if (v.is_heap()) v.heap()->flags = fl;
        return v;
      }
      case 's': {
        Value v = str_new(vm_, r_.bytes());
        v.heap()->flags = flags16();
        get_u32(r_);   // unused (see the writer)
        return v;
      }
      case 'r': {
        std::string src(r_.bytes());
        auto options = static_cast<uint32_t>(r_.varint());
        Value v = regexp_new(vm_, src, options);
        v.heap()->flags = flags16();
        return v;
      }
      default:
        r_.bad = true;
        return Value::nil();
    }
  }

  Vm& vm_;
  persist::Reader& r_;
  const ImageFile* file_;
};

}  // namespace

// --- ImageWriter ---------------------------------------------------------------------

bool ImageWriter::add_file(Vm& vm, std::string_view name, RCode* top, SymId new_from,
                           SymId new_to, std::string* error) {
  const std::string& path = top->code->file;
  FileEncoder enc(vm, path);
  enc.collect(*top->code);
  for (SymId s = new_from; s < new_to; ++s) enc.add_sym(s);
  body_.bytes(name);
  body_.bytes(path);
  enc.write_table(body_);
  persist::Writer cw;
  if (!enc.write_code(cw, *top->code, error)) return false;
  body_.varint(cw.buf.size());
  body_.buf.insert(body_.buf.end(), cw.buf.begin(), cw.buf.end());
  ++nfiles_;
  return true;
}

std::vector<uint8_t> ImageWriter::finish() {
  persist::Writer head;
  head.varint(static_cast<uint64_t>(nfiles_));
  std::vector<uint8_t> body = std::move(head.buf);
  body.insert(body.end(), body_.buf.begin(), body_.buf.end());
  std::vector<uint8_t> out(kMagic, kMagic + 8);
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(kImageVersion >> (8 * i)));
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

// --- ImageReader ---------------------------------------------------------------------

bool ImageReader::open(const unsigned char* data, size_t size) {
  if (size < kHeaderSize || std::memcmp(data, kMagic, 8) != 0) return false;
  uint32_t version = 0;
  for (int i = 0; i < 4; ++i) version |= static_cast<uint32_t>(data[8 + i]) << (8 * i);
  if (version != kImageVersion) return false;
  persist::Reader r(data + kHeaderSize, data + size);
  nfiles_ = r.varint();
  pos_ = r.pos();
  end_ = data + size;
  return !r.bad;
}

RCode* ImageReader::read_file(Vm& vm, std::string* name) {
  if (pos_ == nullptr || pos_ >= end_) return nullptr;
  persist::Reader r(pos_, end_);
  *name = std::string(r.bytes());
  std::string path(r.bytes());
  const ImageFile* file = FileDecoder::read_table(r);
  if (file == nullptr) return nullptr;
  size_t size = r.varint();
  if (r.bad || size > static_cast<size_t>(r.end() - r.pos())) return nullptr;
  FileDecoder dec(vm, r, file);
  RCode* top = dec.read_code(path, size);
  if (r.bad) return nullptr;
  pos_ = r.pos();
  return top;
}

void decode_pending(Vm& vm, RCode* rc) {
  Code& c = *rc->code;
  persist::Reader r(c.pending, c.pending_file->end);
  FileDecoder dec(vm, r, c.pending_file);
  vm.heap.disable();   // the literals are reachable only through `c` until it is done
  bool ok = dec.read_body(c);
  vm.heap.enable();
  if (!ok) {
    std::fprintf(stderr, "maglev: the prelude image is damaged (method %s)\n", c.name.c_str());
    std::abort();
  }
  c.pending = nullptr;
  c.pending_file = nullptr;
}

// --- the generator's self-check ------------------------------------------------------

namespace {

bool same_value(Value a, Value b) {
  if (a.is_heap() != b.is_heap()) return false;
  if (!a.is_heap()) {
    if (a.is_flonum() && b.is_flonum())   // NaN != NaN, compare the bits
      return a.bits() == b.bits();
    return a == b;
  }
  RBasic* x = a.heap();
  RBasic* y = b.heap();
  if (x->type != y->type || x->klass != y->klass || x->flags != y->flags ||
      (x->type != HeapType::kString && x->aux != y->aux))   // a String's aux is its room
    return false;
  switch (x->type) {
    case HeapType::kFloat: {
      double dx = float_value(a), dy = float_value(b);
      return std::memcmp(&dx, &dy, sizeof dx) == 0;
    }
    case HeapType::kBignum: return int_to_string(a) == int_to_string(b);
    case HeapType::kString: {
      auto* s = a.as<RString>();
      auto* t = b.as<RString>();
      return s->len == t->len && std::memcmp(s->ptr, t->ptr, static_cast<size_t>(s->len)) == 0;
    }
    case HeapType::kRegexp: {
      auto* r = a.as<RRegexp>();
      auto* q = b.as<RRegexp>();
      return r->options == q->options && same_value(r->source, q->source);
    }
    default: return a == b;
  }
}

}  // namespace

bool same_code(Vm& vm, const RCode* ra, RCode* rb, std::string* why) {
  ensure_decoded(vm, rb);   // the decoded side: methods as their first call decodes them
  const Code& a = *ra->code;
  const Code& b = *rb->code;
  auto differ = [&](const char* field) {
    *why = std::string(field) + " of " + a.name + " (" + a.file + ":" +
           std::to_string(a.first_line) + ")";
    return false;
  };
  if (a.kind != b.kind) return differ("kind");
  if (a.name != b.name) return differ("name");
  if (a.file != b.file) return differ("file");
  if (a.first_line != b.first_line) return differ("first_line");
  if (a.method_name != b.method_name) return differ("method_name");
  if (a.insns != b.insns) return differ("insns");
  if (a.literals.size() != b.literals.size()) return differ("literals");
  for (size_t i = 0; i < a.literals.size(); ++i)
    if (!same_value(a.literals[i], b.literals[i])) return differ("a literal");
  if (a.calls.size() != b.calls.size()) return differ("calls");
  for (size_t i = 0; i < a.calls.size(); ++i) {
    const CallInfo& x = a.calls[i];
    const CallInfo& y = b.calls[i];
    if (x.mid != y.mid || x.argc != y.argc || x.flags != y.flags || x.block != y.block ||
        x.kwc != y.kwc || x.kw_lit != y.kw_lit)
      return differ("a call");
  }
  if (a.ivar_caches.size() != b.ivar_caches.size()) return differ("ivar_caches");
  if (a.children.size() != b.children.size()) return differ("children");
  for (size_t i = 0; i < a.children.size(); ++i)
    if (!same_code(vm, a.children[i], b.children[i], why)) return false;
  if (a.catches.size() != b.catches.size()) return differ("catches");
  for (size_t i = 0; i < a.catches.size(); ++i) {
    const CatchEntry& x = a.catches[i];
    const CatchEntry& y = b.catches[i];
    if (x.kind != y.kind || x.start != y.start || x.end != y.end || x.handler != y.handler ||
        x.sp != y.sp || x.retry != y.retry || x.handler_end != y.handler_end || x.line != y.line)
      return differ("a catch");
  }
  if (a.lines != b.lines) return differ("lines");
  if (a.local_names != b.local_names) return differ("local_names");
  if (a.nlocals != b.nlocals) return differ("nlocals");
  if (a.stack_max != b.stack_max) return differ("stack_max");
  const ParamInfo& p = a.params;
  const ParamInfo& q = b.params;
  if (p.lead != q.lead || p.opt != q.opt || p.post != q.post || p.rest != q.rest ||
      p.kwrest != q.kwrest || p.block != q.block || p.no_kw != q.no_kw ||
      p.forward != q.forward || p.trailing_comma != q.trailing_comma ||
      p.identity_slots != q.identity_slots ||
      !std::equal(std::begin(p.fwd_slots), std::end(p.fwd_slots), std::begin(q.fwd_slots)) ||
      p.slots != q.slots || p.opt_pcs != q.opt_pcs || p.kw_names != q.kw_names ||
      p.kw_required != q.kw_required)
    return differ("params");
  if (a.needs_env != b.needs_env) return differ("needs_env");
  if (a.has_params != b.has_params) return differ("has_params");
  return true;
}

}  // namespace maglev::vm::snapshot
