// Transcoding between the encodings maglev knows: a character's code point in each
// encoding and back (Windows-1252's table), and String#encode's conversion with CRuby
// 3.1's steps (through UTF-8), options and error messages.
#include "vm/core/encoding.h"

#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

// Windows-1252 0x80..0x9F (0: undefined).
constexpr uint16_t kWin1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

void put_unit(std::string* out, uint32_t u, int width, bool big) {
  for (int k = 0; k < width; ++k) out->push_back(static_cast<char>((u >> (8 * (big ? width - 1 - k : k))) & 0xFF));
}

}  // namespace

bool enc_encode_cp(uint32_t cp, Enc e, std::string* out) {
  switch (e) {
    case Enc::kUsAscii:
      if (cp >= 0x80) return false;
      return out->push_back(static_cast<char>(cp)), true;
    case Enc::kLatin1:
    case Enc::kBinary:
      if (cp >= 0x100) return false;
      return out->push_back(static_cast<char>(cp)), true;
    case Enc::kWin1252:
      if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) return out->push_back(static_cast<char>(cp)), true;
      for (int i = 0; i < 32; ++i)
        if (kWin1252High[i] == cp) return out->push_back(static_cast<char>(0x80 + i)), true;
      return false;
    default:
      break;
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  switch (e) {
    case Enc::kUtf8:
      if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
      } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
      return true;
    case Enc::kUtf16le:
    case Enc::kUtf16be: {
      bool big = e == Enc::kUtf16be;
      if (cp < 0x10000) return put_unit(out, cp, 2, big), true;
      cp -= 0x10000;
      put_unit(out, 0xD800 + (cp >> 10), 2, big);
      put_unit(out, 0xDC00 + (cp & 0x3FF), 2, big);
      return true;
    }
    default:
      put_unit(out, cp, 4, e == Enc::kUtf32be);
      return true;
  }
}

}  // namespace maglev::vm

namespace maglev::vm {

namespace {

// One decoded piece of the source: a character, or bytes the source step cannot take.
struct Piece {
  enum Kind { kChar, kInvalid, kIncomplete, kUndefined } kind;
  uint32_t cp;
  size_t len;        // bytes consumed (the error bytes for kInvalid)
  size_t readagain;  // kInvalid: the bytes after it that ended the sequence
};

Piece decode_utf8(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {Piece::kChar, c, 1, 0};
  size_t len = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0) return {Piece::kInvalid, 0, 1, 0};
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) return {Piece::kIncomplete, 0, k, 0};
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    unsigned lo = 0x80, hi = 0xBF;
    if (k == 1) {
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) return {Piece::kInvalid, 0, k, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {Piece::kChar, cp, len, 0};
}

Piece decode(std::string_view s, size_t i, Enc e) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  switch (e) {
    case Enc::kUtf8: return decode_utf8(s, i);
    case Enc::kUsAscii: return {c < 0x80 ? Piece::kChar : Piece::kInvalid, c, 1, 0};
    case Enc::kBinary: return {c < 0x80 ? Piece::kChar : Piece::kUndefined, c, 1, 0};
    case Enc::kLatin1: return {Piece::kChar, c, 1, 0};
    case Enc::kWin1252: {
      uint32_t cp = c >= 0x80 && c < 0xA0 ? kWin1252High[c - 0x80] : c;
      return {cp ? Piece::kChar : Piece::kUndefined, cp, 1, 0};
    }
    default: {
      uint32_t cp;
      int len = wide_char(s, i, e, &cp);
      if (len) return {Piece::kChar, cp, static_cast<size_t>(len), 0};
      size_t unit = static_cast<size_t>(enc_unit(e)), left = s.size() - i;
      if (left < unit) return {Piece::kIncomplete, 0, left, 0};
      if (unit == 2 && left < 4) {
        uint32_t u = static_cast<unsigned char>(s[i + (e == Enc::kUtf16be ? 0 : 1)]);
        if (u >= 0xD8 && u <= 0xDB) return {Piece::kIncomplete, 0, left, 0};
      }
      return {Piece::kInvalid, 0, unit, 0};
    }
  }
}

const char* step_name(Enc e) { return e == Enc::kWin1252 ? "WINDOWS-1252" : enc_name(e); }

bool unicode(Enc e) { return e == Enc::kUtf8 || !enc_ascii_compatible(e); }

std::string dump_bytes(std::string_view b) { return str_inspect(b, true); }

struct Transcoder {
  Transcoder(Vm& v, Enc s, Enc d, std::string_view b) : vm(v), src(s), dst(d), bytes(b) {}
  Vm& vm;
  Enc src, dst;
  std::string_view bytes;
  bool invalid_replace = false, undef_replace = false;
  Value replace = Value::nil(), fallback = Value::nil();
  std::string xml, newline;   // "", "text", "attr"; "", "universal", "crlf", "cr"
  std::string out;
  std::string repl_bytes;
  bool repl_ready = false;

  std::vector<Enc> path() const {
    if (src == Enc::kUtf8 || dst == Enc::kUtf8) return {src, dst};
    return {src, Enc::kUtf8, dst};
  }

  [[noreturn]] void raise_undefined(std::string_view ch, Enc from, Enc to, uint32_t cp) {
    std::string dumped;
    if (from == Enc::kUtf8) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", cp);
      dumped = buf;
    } else {
      dumped = dump_bytes(ch);
    }
    std::string msg;
    if (std::string(step_name(from)) == enc_name(src) && std::string(step_name(to)) == enc_name(dst)) {
      msg = dumped + " from " + step_name(from) + " to " + step_name(to);
    } else {
      msg = dumped + " to " + step_name(to) + " in conversion from " + enc_name(src);
      std::vector<Enc> p = path();
      for (size_t k = 1; k < p.size(); ++k) msg += std::string(" to ") + step_name(p[k]);
    }
    Value c = vm.const_get(vm.cEncoding, intern("UndefinedConversionError"));
    Value e = vm.call(c, intern("new"), {str_new(vm, msg)});
    vm.ivar_set(e, intern("@source_encoding_name"), str_new_ascii(vm, step_name(from)));
    vm.ivar_set(e, intern("@destination_encoding_name"), str_new_ascii(vm, step_name(to)));
    Value chs = str_new(vm, ch);
    set_str_enc(chs, from);
    vm.ivar_set(e, intern("@error_char"), chs);
    vm.raise(e);
  }

  [[noreturn]] void raise_invalid(const Piece& p, size_t i) {
    std::string err = dump_bytes(bytes.substr(i, p.len));
    std::string on = std::string(" on ") + step_name(src);
    std::string msg;
    if (p.kind == Piece::kIncomplete) msg = "incomplete " + err + on;
    else if (p.readagain) msg = err + " followed by " + dump_bytes(bytes.substr(i + p.len, p.readagain)) + on;
    else msg = err + on;
    Enc to = path()[1];
    Value c = vm.const_get(vm.cEncoding, intern("InvalidByteSequenceError"));
    Value e = vm.call(c, intern("new"), {str_new(vm, msg)});
    vm.ivar_set(e, intern("@source_encoding_name"), str_new_ascii(vm, step_name(src)));
    vm.ivar_set(e, intern("@destination_encoding_name"), str_new_ascii(vm, step_name(to)));
    vm.ivar_set(e, intern("@error_bytes"), str_new_binary(vm, bytes.substr(i, p.len)));
    vm.ivar_set(e, intern("@readagain_bytes"),
                p.readagain ? str_new_binary(vm, bytes.substr(i + p.len, p.readagain)) : Value::nil());
    vm.ivar_set(e, intern("@incomplete"), Value::boolean(p.kind == Piece::kIncomplete));
    vm.raise(e);
  }

  bool put_cp(uint32_t cp, std::string* o) {
    if (dst == Enc::kBinary) return cp < 0x80 && (o->push_back(static_cast<char>(cp)), true);
    return enc_encode_cp(cp, dst, o);
  }

  // The replacement in the destination encoding.
  const std::string& repl() {
    if (repl_ready) return repl_bytes;
    repl_ready = true;
    if (!replace.is_nil()) {
      Value r = to_str(vm, replace);
      Transcoder t(vm, str_enc(r), dst, str_view(r));
      repl_bytes = t.run();
    } else if (unicode(dst)) {
      put_cp(0xFFFD, &repl_bytes);
    } else {
      repl_bytes = "?";
    }
    return repl_bytes;
  }

  void put_text(std::string_view ascii) {
    for (char c : ascii) put_cp(static_cast<unsigned char>(c), &out);
  }

  // A character past the decorators: escaped for XML, then encoded or its undefined case.
  void emit(uint32_t cp) {
    if (!xml.empty()) {
      if (cp == '&') return put_text("&amp;");
      if (cp == '<') return put_text("&lt;");
      if (cp == '>') return put_text("&gt;");
      if (cp == '"' && xml == "attr") return put_text("&quot;");
    }
    if (put_cp(cp, &out)) return;
    if (!xml.empty()) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "&#x%X;", cp);
      return put_text(buf);
    }
    std::string ch;
    enc_encode_cp(cp, Enc::kUtf8, &ch);
    if (!fallback.is_nil()) {
      Value chs = str_new(vm, ch);
      Value r = is_hash(fallback) ? hash_aref(vm, fallback, chs) : vm.call(fallback, intern("call"), {chs});
      if (!r.is_nil()) {
        Value rs = to_str(vm, r);
        Transcoder t(vm, str_enc(rs), dst, str_view(rs));
        out += t.run();
        return;
      }
    }
    if (undef_replace) return void(out += repl());
    raise_undefined(ch, Enc::kUtf8, dst, cp);
  }

  void emit_newline(uint32_t cp, bool* pending_cr) {
    if (newline == "universal") {
      if (*pending_cr) {
        *pending_cr = false;
        emit('\n');
        if (cp == '\n') return;
      }
      if (cp == '\r') return void(*pending_cr = true);
      return emit(cp);
    }
    if (cp == '\n' && newline == "crlf") return emit('\r'), emit('\n');
    if (cp == '\n' && newline == "cr") return emit('\r');
    emit(cp);
  }

  std::string run() {
    if (xml == "attr") emit_quote();
    bool pending_cr = false;
    for (size_t i = 0; i < bytes.size();) {
      Piece p = decode(bytes, i, src);
      if (p.kind == Piece::kChar) {
        emit_newline(p.cp, &pending_cr);
      } else if (p.kind == Piece::kUndefined) {
        if (undef_replace) out += repl();
        else raise_undefined(bytes.substr(i, p.len), src, Enc::kUtf8, 0);
      } else {
        if (invalid_replace) out += repl();
        else raise_invalid(p, i);
      }
      i += p.len;
    }
    if (pending_cr) emit('\n');
    if (xml == "attr") emit_quote();
    return std::move(out);
  }

  void emit_quote() { put_cp('"', &out); }
};

Enc converter_enc(Vm& vm, Value v, Value other, bool is_src) {
  Enc e;
  if (v.is_heap() && v.heap()->klass == vm.cEncoding) return enc_arg(vm, v);
  std::string name = vm.to_s(v);
  if (enc_find(name, &e)) return e;
  std::string o = other.is_heap() && other.heap()->klass == vm.cEncoding ? vm.to_s(other) : vm.to_s(other);
  Value c = vm.const_get(vm.cEncoding, intern("ConverterNotFoundError"));
  std::string msg = "code converter not found (" + (is_src ? name + " to " + o : o + " to " + name) + ")";
  vm.raise(as_class(c), msg);
}

// __transcode(dst, src, explicit_src, invalid_replace, undef_replace, replace, fallback,
// xml, newline): String#encode's work once the prelude has read its arguments.
NATIVE(str_transcode) {
  UNUSED_ARGS;
  Enc src = converter_enc(vm, argv[1], argv[0], true);
  Enc dst = converter_enc(vm, argv[0], argv[1], false);
  bool explicit_src = argv[2].truthy();
  Transcoder t(vm, src, dst, str_view(self));
  t.invalid_replace = argv[3].truthy();
  t.undef_replace = argv[4].truthy();
  t.replace = argv[5];
  t.fallback = argv[6];
  if (!argv[7].is_nil()) t.xml = vm.to_s(argv[7]);
  if (!argv[8].is_nil()) t.newline = vm.to_s(argv[8]);
  bool decorated = !t.xml.empty() || !t.newline.empty();
  Value r;
  if (!decorated && src == dst) {
    if (t.invalid_replace) {
      Value copy = str_new(vm, t.bytes);
      set_str_enc(copy, src);
      Value args[1] = {t.replace};
      return vm.call(copy, intern("scrub"), t.replace.is_nil() ? 0 : 1, args);
    }
    r = str_new(vm, t.bytes);
    if (explicit_src) set_str_enc(r, dst);
    else copy_str_enc(r, self);
    return r;
  }
  if (!decorated && enc_ascii_compatible(src) && enc_ascii_compatible(dst) && bytes_ascii(t.bytes)) {
    r = str_new(vm, t.bytes);
  } else {
    r = str_new(vm, t.run());
  }
  set_str_enc(r, dst);
  return r;
}

}  // namespace

void init_transcode(Vm& vm) { define_native(vm, vm.cString, "__transcode", str_transcode, 9); }

}  // namespace maglev::vm
