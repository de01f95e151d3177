// Encoding: the Encoding objects and their names, String#encoding / force_encoding /
// valid_encoding? / b / scrub, the compatibility rule of CRuby 3.1 (enc_compatible_latter
// in encoding.c) used by String#+, #<< and interpolation, and inspect per encoding.
#include "vm/core/encoding.h"

#include <cstring>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

uint32_t unit_at(std::string_view s, size_t i, int width, bool big) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) {
    uint32_t b = static_cast<unsigned char>(s[i + static_cast<size_t>(big ? k : width - 1 - k)]);
    v = (v << 8) | b;
  }
  return v;
}

// Length of the valid UTF-8 character at s[i], or 0 when the bytes there are invalid.
int utf8_valid_len(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  int len = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + static_cast<size_t>(len) > s.size()) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return 0;
  for (int k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0xC0) != 0x80) return 0;
  return len;
}

Enc enc_of_value(Value v) { return is_string(v) ? str_enc(v) : Enc::kUtf8; }

// CRuby's 7-bit code range: ASCII bytes in an ASCII-compatible encoding.
bool seven_bit(std::string_view s, Enc e) { return enc_ascii_compatible(e) && bytes_ascii(s); }

[[noreturn]] void raise_incompatible(Vm& vm, Enc a, Enc b) {
  Value c = vm.const_get(vm.cEncoding, intern("CompatibilityError"));
  vm.raise(as_class(c), std::string("incompatible character encodings: ") + enc_name(a) + " and " + enc_name(b));
}

}  // namespace

bool bytes_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

int wide_char(std::string_view s, size_t i, Enc e, uint32_t* cp) {
  int w = enc_unit(e);
  bool big = e == Enc::kUtf16be || e == Enc::kUtf32be;
  if (i + static_cast<size_t>(w) > s.size()) return 0;
  uint32_t u = unit_at(s, i, w, big);
  if (w == 4) {
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) return 0;
    return *cp = u, 4;
  }
  if (u < 0xD800 || u > 0xDFFF) return *cp = u, 2;
  if (u > 0xDBFF || i + 4 > s.size()) return 0;
  uint32_t lo = unit_at(s, i + 2, 2, big);
  if (lo < 0xDC00 || lo > 0xDFFF) return 0;
  *cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
  return 4;
}

Value enc_value(Vm& vm, Enc e) { return vm.const_get(vm.cEncoding, intern(enc_const_name(e))); }

Enc enc_arg(Vm& vm, Value v) {
  Enc e;
  if (v.is_heap() && v.heap()->klass == vm.cEncoding) {
    if (enc_find(vm.to_s(vm.ivar_get(v, intern("@name"))), &e)) return e;
  }
  std::string name = str_std(to_str(vm, v));
  if (!enc_find(name, &e)) vm.raise(vm.eArgumentError, "unknown encoding name - " + name);
  return e;
}

bool enc_compatible(Value a, Value b, Enc* out) {
  Enc ea = enc_of_value(a), eb = enc_of_value(b);
  if (ea == eb) return *out = ea, true;
  std::string_view sa = str_view(a), sb = str_view(b);
  if (sb.empty()) return *out = ea, true;
  if (sa.empty()) return *out = enc_ascii_compatible(ea) && seven_bit(sb, eb) ? ea : eb, true;
  if (!enc_ascii_compatible(ea) || !enc_ascii_compatible(eb)) return false;
  bool a7 = bytes_ascii(sa), b7 = bytes_ascii(sb);
  if (b7) return *out = ea, true;
  if (a7) return *out = eb, true;
  return false;
}

Enc enc_check(Vm& vm, Value a, Value b) {
  Enc e;
  if (!enc_compatible(a, b, &e)) raise_incompatible(vm, str_enc(a), str_enc(b));
  return e;
}

void str_append_str_slow(Vm& vm, Value a, Value b) {
  Enc e = enc_check(vm, a, b);
  str_append(vm, a, str_view(b));
  set_str_enc(a, e);
}

void EncJoin::add_other(Vm& vm, Value piece) {
  Enc pe = str_enc(piece);
  if (seven_bit(str_view(piece), pe)) return;
  if (!seven_bit(so_far(), enc)) raise_incompatible(vm, enc, pe);
  enc = pe;
}

Value inspect_value(Vm& vm, Value v) {
  Value s = vm.call(v, sym::inspect);
  return is_string(s) ? s : str_new(vm, vm.inspect(v));
}

Value str_new_7bit(Vm& vm, std::string_view bytes) {
  Value s = str_new(vm, bytes);
  if (bytes_ascii(bytes)) set_str_enc(s, Enc::kUsAscii);
  return s;
}

bool enc_valid(std::string_view s, Enc e) {
  switch (e) {
    case Enc::kUtf8:
      for (size_t i = 0; i < s.size();) {
        int len = utf8_valid_len(s, i);
        if (len == 0) return false;
        i += static_cast<size_t>(len);
      }
      return true;
    case Enc::kUsAscii:
      return bytes_ascii(s);
    case Enc::kUtf16le: case Enc::kUtf16be: case Enc::kUtf32le: case Enc::kUtf32be:
      for (size_t i = 0; i < s.size();) {
        uint32_t cp;
        int len = wide_char(s, i, e, &cp);
        if (len == 0) return false;
        i += static_cast<size_t>(len);
      }
      return true;
    default:
      return true;
  }
}

std::string str_inspect_enc(std::string_view s, Enc e) {
  if (e == Enc::kUtf8) return str_inspect(s, false);
  if (enc_ascii_compatible(e)) return str_inspect(s, true);
  // UTF-16/32: printable ASCII as itself, every other character as \uXXXX, bytes of an
  // invalid unit as \xXX.
  std::string out = "\"";
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    int len = wide_char(s, i, e, &cp);
    if (len == 0) {
      size_t n = std::min(s.size() - i, static_cast<size_t>(enc_unit(e)));
      for (size_t k = 0; k < n; ++k) {
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i + k]));
        out += buf;
      }
      i += n;
      continue;
    }
    i += static_cast<size_t>(len);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      bool interp = c == '#' && i < s.size();
      if (interp) {
        uint32_t next;
        interp = wide_char(s, i, e, &next) > 0 && (next == '{' || next == '$' || next == '@');
      }
      if (interp) {
        out += "\\#";
      } else {
        std::string one = str_inspect(std::string_view(&c, 1), false);
        out.append(one, 1, one.size() - 2);
      }
      continue;
    }
    std::snprintf(buf, sizeof buf, cp > 0xFFFF ? "\\u{%X}" : "\\u%04X", cp);
    out += buf;
  }
  return out + "\"";
}

namespace {

NATIVE(str_encoding) { UNUSED_ARGS; return enc_value(vm, str_enc(self)); }

NATIVE(str_force_encoding) {
  UNUSED_ARGS;
  Enc e = enc_arg(vm, argv[0]);
  vm.check_frozen(self);
  write_barrier(self.heap());
  set_str_enc(self, e);
  return self;
}

// __set_encoding(enc): force_encoding of a String Marshal has already frozen.
NATIVE(str_set_encoding) {
  UNUSED_ARGS;
  write_barrier(self.heap());
  set_str_enc(self, enc_arg(vm, argv[0]));
  return self;
}

// __ascii: self, made US-ASCII when its bytes are ASCII (to_s of numbers written in Ruby).
NATIVE(str_mark_ascii) {
  UNUSED_ARGS;
  if (str_enc(self) == Enc::kUtf8 && bytes_ascii(str_view(self))) set_str_enc(self, Enc::kUsAscii);
  return self;
}

NATIVE(str_valid_encoding) { UNUSED_ARGS; return Value::boolean(enc_valid(str_view(self), str_enc(self))); }

NATIVE(str_b) {
  UNUSED_ARGS;
  Value r = str_new_binary(vm, str_view(self));
  return r;
}

// scrub(repl) { |bytes| ... }: each maximal invalid byte run is replaced (UTF-8), each
// invalid byte (US-ASCII) or unit (UTF-16/32).
NATIVE(str_scrub) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  Enc e = str_enc(self);
  std::string_view s = str_view(self);
  Value r = str_new(vm, "");
  copy_str_enc(r, self);
  if (enc_valid(s, e)) return str_append(vm, r, s), r;
  std::string repl;
  if (argc > 0 && !argv[0].is_nil()) {
    Value rv = to_str(vm, argv[0]);
    enc_check(vm, self, rv);
    repl = str_std(rv);
  } else if (e == Enc::kUtf8) {
    repl = "\xEF\xBF\xBD";
  } else if (enc_ascii_compatible(e)) {
    repl = "?";
  } else {
    uint32_t fffd = 0xFFFD;
    int w = enc_unit(e);
    bool big = e == Enc::kUtf16be || e == Enc::kUtf32be;
    for (int k = 0; k < w; ++k) repl += static_cast<char>((fffd >> (8 * (big ? w - 1 - k : k))) & 0xFF);
  }
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0, j = i + 1;
    if (e == Enc::kUtf8) {
      len = static_cast<size_t>(utf8_valid_len(s, i));
      // A truncated multibyte prefix counts as one unit, else one byte.
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t want = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
      while (!len && want > 1 && j < s.size() && j < i + want && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    } else if (e == Enc::kUsAscii) {
      len = static_cast<unsigned char>(s[i]) < 0x80;
    } else {
      uint32_t cp;
      len = static_cast<size_t>(wide_char(s, i, e, &cp));
      j = std::min(s.size(), i + static_cast<size_t>(enc_unit(e)));
    }
    if (len) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    if (!block.is_nil()) {
      Value piece = str_new(vm, s.substr(i, j - i));
      copy_str_enc(piece, self);
      out += str_view(to_str(vm, vm.yield1(block, piece)));
    } else {
      out += repl;
    }
    i = j;
  }
  str_append(vm, r, out);
  return r;
}

NATIVE(enc_s_compatible) {
  UNUSED_ARGS;
  Value a = argv[0], b = argv[1];
  bool sa = is_string(a), sb = is_string(b);
  if (sa && sb) {
    Enc e;
    return enc_compatible(a, b, &e) ? enc_value(vm, e) : Value::nil();
  }
  // Encodings (and objects whose encoding is that of their contents).
  auto enc_of = [&](Value v) {
    if (is_string(v)) return str_enc(v);
    if (v.is_symbol() || (v.is_heap() && v.heap()->klass != vm.cEncoding)) return enc_arg(vm, vm.call(v, intern("encoding"), {}));
    return enc_arg(vm, v);
  };
  Enc ea = enc_of(a), eb = enc_of(b);
  if (ea == eb) return enc_value(vm, ea);
  if (sb && str_view(b).empty()) return enc_value(vm, ea);
  if (!enc_ascii_compatible(ea) || !enc_ascii_compatible(eb)) return Value::nil();
  if (!sb && eb == Enc::kUsAscii) return enc_value(vm, ea);
  if (!sa && ea == Enc::kUsAscii) return enc_value(vm, eb);
  if (sa && bytes_ascii(str_view(a))) return enc_value(vm, eb);
  if (sb && bytes_ascii(str_view(b))) return enc_value(vm, ea);
  return Value::nil();
}

// Encoding.aliases: {alias => name}.
NATIVE(enc_s_aliases) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  for (int i = kEncCount; i < enc_name_count(); ++i) {
    Enc e;
    const char* n = enc_name_at(i, &e);
    hash_aset(vm, h, str_new_ascii(vm, n), str_new_ascii(vm, enc_name(e)));
  }
  return h;
}

NATIVE(enc_names) {
  UNUSED_ARGS;
  Enc self_enc = enc_arg(vm, self);
  Value a = ary_new(vm);
  for (int i = 0; i < enc_name_count(); ++i) {
    Enc e;
    const char* n = enc_name_at(i, &e);
    if (e == self_enc) ary_push(vm, a, str_new_ascii(vm, n));
  }
  return a;
}

NATIVE(enc_s_find) {
  UNUSED_ARGS;
  if (argv[0].is_heap() && argv[0].heap()->klass == vm.cEncoding) return argv[0];
  return enc_value(vm, enc_arg(vm, argv[0]));
}

}  // namespace

void init_encoding(Vm& vm) {
  RClass* c = vm.cEncoding;
  Value objs[kEncCount];
  for (int i = 0; i < kEncCount; ++i) {
    auto* o = vm.heap.make<RObject>(HeapType::kObject, c);
    o->ivs = o->inline_ivs;
    o->ivcap = RObject::kInline;
    objs[i] = Value::object(o);
    Value name = str_new_ascii(vm, enc_name(static_cast<Enc>(i)));
    name.heap()->flags |= kFlagFrozen;
    vm.ivar_set(objs[i], intern("@name"), name);
  }
  // Constants as CRuby names them: '-' and '.' become '_', names not starting with a
  // capital letter have none, mixed-case names also have an all-capitals one.
  for (int i = 0; i < enc_name_count(); ++i) {
    Enc e;
    const char* n = enc_name_at(i, &e);
    if (!std::isupper(static_cast<unsigned char>(n[0]))) continue;
    std::string k = n;
    for (char& ch : k)
      if (ch == '-' || ch == '.') ch = '_';
    Value obj = objs[static_cast<int>(e)];
    vm.const_set(c, intern(k), obj);
    std::string up = k;
    for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (up != k) vm.const_set(c, intern(up), obj);
  }
  define_native(vm, singleton_class(vm, Value::object(c)), "compatible?", enc_s_compatible, 2);
  define_native(vm, singleton_class(vm, Value::object(c)), "aliases", enc_s_aliases, 0);
  define_native(vm, singleton_class(vm, Value::object(c)), "find", enc_s_find, 1);
  define_native(vm, c, "names", enc_names, 0);
  RClass* s = vm.cString;
  define_native(vm, s, "encoding", str_encoding, 0);
  define_native(vm, s, "force_encoding", str_force_encoding, 1);
  define_native(vm, s, "__set_encoding", str_set_encoding, 1);
  define_native(vm, s, "__ascii", str_mark_ascii, 0);
  define_native(vm, s, "valid_encoding?", str_valid_encoding, 0);
  define_native(vm, s, "b", str_b, 0);
  define_native(vm, s, "scrub", str_scrub, -1);
}

}  // namespace maglev::vm
