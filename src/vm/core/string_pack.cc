// Array#pack and String#unpack/unpack1: the binary template language (integers of
// each size and byte order, floats e/E/f/F/g/G/d/D, strings a/A/Z, bit and hex
// strings B/b/H/h, UTF-8 U, BER w, base64 m, uuencode u, positioning x/X/@). The Ruby-visible methods are thin
// prelude wrappers (prelude/pack.rb) over __pack / __unpack defined here.
#include <cstring>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

struct Directive {
  char type;
  int64_t count;     // -1 for '*'
  bool has_count;
  int size;          // integer width for sized directives (0 when not an integer)
  bool big;          // byte order for integers
  bool is_signed;
  int fsize;         // 4 or 8 for the float directives (e E f F g G d D), else 0
};

bool native_big() {
  uint16_t x = 1;
  unsigned char b;
  std::memcpy(&b, &x, 1);
  return b == 0;
}

// Parses the next directive from fmt at i; false at the end.
bool next_directive(Vm& vm, std::string_view fmt, size_t& i, Directive& d) {
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') { ++i; continue; }
    if (c == '#') {
      while (i < fmt.size() && fmt[i] != '\n') ++i;
      continue;
    }
    break;
  }
  if (i >= fmt.size()) return false;
  d = Directive{fmt[i++], 1, false, 0, native_big(), false, 0};
  switch (d.type) {
    case 'c': d.size = 1; d.is_signed = true; break;
    case 'C': d.size = 1; break;
    case 's': d.size = 2; d.is_signed = true; break;
    case 'S': d.size = 2; break;
    case 'l': d.size = 4; d.is_signed = true; break;
    case 'L': d.size = 4; break;
    case 'q': d.size = 8; d.is_signed = true; break;
    case 'Q': d.size = 8; break;
    case 'j': d.size = 8; d.is_signed = true; break;
    case 'J': d.size = 8; break;
    case 'i': d.size = 4; d.is_signed = true; break;
    case 'I': d.size = 4; break;
    case 'n': d.size = 2; d.big = true; break;
    case 'N': d.size = 4; d.big = true; break;
    case 'v': d.size = 2; d.big = false; break;
    case 'V': d.size = 4; d.big = false; break;
    case 'd': case 'D': d.fsize = 8; break;
    case 'f': case 'F': d.fsize = 4; break;
    case 'e': d.fsize = 4; d.big = false; break;
    case 'E': d.fsize = 8; d.big = false; break;
    case 'g': d.fsize = 4; d.big = true; break;
    case 'G': d.fsize = 8; d.big = true; break;
    default: break;
  }
  while (i < fmt.size() && std::strchr("_!<>", fmt[i])) {
    char m = fmt[i++];
    if (m == '_' || m == '!') {
      if (d.type == 'l' || d.type == 'L') d.size = 8;
      if (!std::strchr("sSiIlLqQjJ", d.type))
        vm.raise(vm.eArgumentError, std::string("'") + m + "' allowed only after types sSiIlLqQjJ");
    } else {
      d.big = m == '>';
    }
  }
  if (i < fmt.size() && fmt[i] == '*') {
    d.count = -1;
    d.has_count = true;
    ++i;
  } else if (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) {
    d.count = 0;
    d.has_count = true;
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) d.count = d.count * 10 + (fmt[i++] - '0');
  }
  return true;
}

// Quoted-printable ('M'), as CRuby's qpencode: lines of at most about line_max
// characters ending in a soft break "=\n", whitespace before a newline protected.
void put_qp(std::string& out, std::string_view s, int64_t line_max) {
  static const char kHex[] = "0123456789ABCDEF";
  int64_t n = 0;
  int prev = -1;
  for (unsigned char c : s) {
    if (c > 126 || (c < 32 && c != '\n' && c != '\t') || c == '=') {
      out += '=';
      out += kHex[c >> 4];
      out += kHex[c & 15];
      n += 3;
      prev = -1;
    } else if (c == '\n') {
      if (prev == ' ' || prev == '\t') out += "=\n";
      out += '\n';
      n = 0;
      prev = c;
    } else {
      out += static_cast<char>(c);
      ++n;
      prev = c;
    }
    if (n > line_max) {
      out += "=\n";
      n = 0;
      prev = '\n';
    }
  }
  if (n > 0) out += "=\n";
}

// Decodes quoted-printable from s at pos to the end (CRuby's unpack 'M'): stops at a
// malformed escape and keeps the rest as it is.
std::string get_qp(std::string_view s, int64_t& pos) {
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10) : -1; };
  std::string r;
  size_t i = static_cast<size_t>(pos), kept = i;
  while (i < s.size()) {
    if (s[i] == '=') {
      if (++i == s.size()) break;
      if (i + 1 < s.size() && s[i] == '\r' && s[i + 1] == '\n') ++i;
      if (s[i] != '\n') {
        int c1 = hex(s[i]);
        if (c1 < 0 || ++i == s.size()) break;
        int c2 = hex(s[i]);
        if (c2 < 0) break;
        r += static_cast<char>(c1 << 4 | c2);
      }
    } else {
      r += s[i];
    }
    kept = ++i;
  }
  r += s.substr(kept);
  pos = static_cast<int64_t>(s.size());
  return r;
}

void put_int(std::string& out, uint64_t v, int size, bool big) {
  for (int k = 0; k < size; ++k) {
    int shift = big ? (size - 1 - k) * 8 : k * 8;
    out += static_cast<char>((v >> shift) & 0xff);
  }
}

uint64_t get_int(std::string_view s, int64_t pos, int size, bool big) {
  uint64_t u = 0;
  for (int b = 0; b < size; ++b) {
    uint64_t byte = static_cast<unsigned char>(s[static_cast<size_t>(pos + b)]);
    u |= byte << (big ? (size - 1 - b) * 8 : b * 8);
  }
  return u;
}

// The IEEE bits of v (a Numeric, as Float(v) without strings) as a float or double.
uint64_t float_bits(Vm& vm, Value v, int fsize) {
  if (!is_float(v) && !vm.is_a(v, vm.cNumeric))
    vm.raise(vm.eTypeError, "can't convert " + (v.is_nil() ? std::string("nil") : vm.class_name_of(v)) +
                                " into Float");
  double d = vm.to_double(v);
  if (fsize == 8) {
    uint64_t u;
    std::memcpy(&u, &d, 8);
    return u;
  }
  float f = static_cast<float>(d);
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

double float_of_bits(uint64_t u, int fsize) {
  if (fsize == 8) {
    double d;
    std::memcpy(&d, &u, 8);
    return d;
  }
  auto w = static_cast<uint32_t>(u);
  float f;
  std::memcpy(&f, &w, 4);
  return f;
}

void put_utf8(Vm& vm, std::string& out, int64_t cp) {
  if (cp < 0) vm.raise(vm.eRangeError, "pack(U): value out of range");
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void put_base64(std::string& out, std::string_view s, int64_t line_len) {
  // line_len: bytes of input per line (count/3*3), 0 = no newlines.
  size_t i = 0;
  int64_t on_line = 0;
  while (i < s.size()) {
    uint32_t b0 = static_cast<unsigned char>(s[i]);
    uint32_t b1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    uint32_t b2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
    uint32_t n = (b0 << 16) | (b1 << 8) | b2;
    out += kB64[(n >> 18) & 63];
    out += kB64[(n >> 12) & 63];
    out += i + 1 < s.size() ? kB64[(n >> 6) & 63] : '=';
    out += i + 2 < s.size() ? kB64[n & 63] : '=';
    i += 3;
    on_line += 3;
    if (line_len > 0 && on_line >= line_len) {
      out += '\n';
      on_line = 0;
    }
  }
  if (line_len > 0 && on_line > 0) out += '\n';
}

std::string arg_bytes(Vm& vm, Value v) { return str_std(to_str(vm, v)); }

}  // namespace

NATIVE(ary_pack_impl) {
  UNUSED_ARGS;
  std::string_view fmt = str_view(to_str(vm, argv[0]));
  std::string out;
  int64_t idx = 0, n = ary_len(self);
  auto next = [&]() -> Value {
    if (idx >= n) vm.raise(vm.eArgumentError, "too few arguments");
    return ary_at(self, idx++);
  };
  int enc_info = 1;   // the result's encoding as CRuby's pack: 0 binary, 1 US-ASCII, 2 UTF-8
  size_t i = 0;
  Directive d;
  while (next_directive(vm, fmt, i, d)) {
    if (d.type == 'U') {
      if (enc_info == 1) enc_info = 2;
    } else if (!std::strchr("mMu", d.type)) {
      enc_info = 0;
    }
    if (d.fsize > 0) {
      int64_t cnt = d.count < 0 ? n - idx : d.count;
      for (int64_t k = 0; k < cnt; ++k) put_int(out, float_bits(vm, next(), d.fsize), d.fsize, d.big);
      continue;
    }
    if (d.size > 0) {
      int64_t cnt = d.count < 0 ? n - idx : d.count;
      for (int64_t k = 0; k < cnt; ++k) {
        Value v = next();
        if (v.is_nil()) vm.raise(vm.eTypeError, "no implicit conversion of nil into Integer");
        if (is_float(v)) v = vm.call(v, intern("to_i"));
        Value iv = to_integer(vm, v);
        uint64_t u;
        if (iv.is_fixnum()) {
          u = static_cast<uint64_t>(iv.fixnum_value());
        } else {
          Value masked = vm.call(iv, intern("&"), {int_parse(vm, "18446744073709551615", 10)});
          u = masked.is_fixnum() ? static_cast<uint64_t>(masked.fixnum_value())
                                 : std::stoull(int_to_string(masked));
        }
        put_int(out, u, d.size, d.big);
      }
      continue;
    }
    switch (d.type) {
      case 'a': case 'A': case 'Z': {
        std::string s = arg_bytes(vm, next());
        if (d.count < 0) {
          out += s;
          if (d.type == 'Z') out += '\0';
        } else {
          size_t len = static_cast<size_t>(d.count);
          std::string part = s.substr(0, std::min(len, s.size()));
          part.resize(len, d.type == 'A' ? ' ' : '\0');
          out += part;
        }
        break;
      }
      case 'U': {
        int64_t cnt = d.count < 0 ? n - idx : d.count;
        for (int64_t k = 0; k < cnt; ++k) put_utf8(vm, out, to_long(vm, next()));
        break;
      }
      case 'w': {
        int64_t cnt = d.count < 0 ? n - idx : d.count;
        for (int64_t k = 0; k < cnt; ++k) {
          int64_t v = to_long(vm, next());
          if (v < 0) vm.raise(vm.eArgumentError, "can't compress negative numbers");
          std::string tmp;
          tmp += static_cast<char>(v & 0x7f);
          v >>= 7;
          while (v > 0) {
            tmp += static_cast<char>(0x80 | (v & 0x7f));
            v >>= 7;
          }
          out.append(tmp.rbegin(), tmp.rend());
        }
        break;
      }
      case 'B': case 'b': case 'H': case 'h': {
        std::string s = arg_bytes(vm, next());
        bool bits = d.type == 'B' || d.type == 'b';
        int64_t len = d.count < 0 || !d.has_count ? (d.has_count ? static_cast<int64_t>(s.size()) : 1) : d.count;
        int per = bits ? 8 : 2;
        unsigned acc = 0;
        int filled = 0;
        for (int64_t k = 0; k < len; ++k) {
          unsigned char ch = k < static_cast<int64_t>(s.size()) ? static_cast<unsigned char>(s[k]) : 0;
          unsigned v;
          if (bits) v = ch & 1;
          else if (std::isalpha(ch)) v = ((ch & 7) + 9) & 15;
          else v = ch & 15;
          if (d.type == 'B') acc |= v << (7 - filled);
          else if (d.type == 'b') acc |= v << filled;
          else if (d.type == 'H') acc |= v << (filled == 0 ? 4 : 0);
          else acc |= v << (filled == 0 ? 0 : 4);
          if (++filled == per) {
            out += static_cast<char>(acc);
            acc = 0;
            filled = 0;
          }
        }
        if (filled) out += static_cast<char>(acc);
        break;
      }
      case 'm': {
        std::string s = arg_bytes(vm, next());
        int64_t line = d.has_count ? (d.count < 0 ? 45 : d.count) : 45;
        if (d.has_count && d.count == 0) line = 0;
        else line = line / 3 * 3;
        if (line == 0 && !(d.has_count && d.count == 0)) line = 45;
        put_base64(out, s, line);
        break;
      }
      case 'M': {
        Value v = next();
        put_qp(out, vm.to_s(v), d.has_count && d.count > 1 ? d.count : 72);
        break;
      }
      case 'u': {
        std::string s = arg_bytes(vm, next());
        size_t per = d.has_count && d.count >= 3 ? static_cast<size_t>(d.count / 3 * 3) : 45;
        for (size_t p = 0; p < s.size(); p += per) {
          std::string_view chunk = std::string_view(s).substr(p, per);
          out += static_cast<char>(32 + chunk.size());
          for (size_t q = 0; q < chunk.size(); q += 3) {
            uint32_t b0 = static_cast<unsigned char>(chunk[q]);
            uint32_t b1 = q + 1 < chunk.size() ? static_cast<unsigned char>(chunk[q + 1]) : 0;
            uint32_t b2 = q + 2 < chunk.size() ? static_cast<unsigned char>(chunk[q + 2]) : 0;
            uint32_t v = (b0 << 16) | (b1 << 8) | b2;
            for (int sh = 18; sh >= 0; sh -= 6) {
              unsigned c6 = (v >> sh) & 63;
              out += c6 == 0 ? '`' : static_cast<char>(32 + c6);
            }
          }
          out += '\n';
        }
        break;
      }
      case 'x': {
        int64_t cnt = d.count < 0 ? 0 : d.count;
        out.append(static_cast<size_t>(cnt), '\0');
        break;
      }
      case 'X': {
        int64_t cnt = d.count < 0 ? 0 : d.count;
        if (cnt > static_cast<int64_t>(out.size())) vm.raise(vm.eArgumentError, "X outside of string");
        out.resize(out.size() - static_cast<size_t>(cnt));
        break;
      }
      case '@': {
        int64_t pos = d.count < 0 ? 0 : d.count;
        out.resize(static_cast<size_t>(pos), '\0');
        break;
      }
      default:
        vm.raise(vm.eArgumentError, std::string("unknown pack directive '") + d.type + "' in '" + std::string(fmt) + "'");
    }
  }
  if (enc_info == 0) return str_new_binary(vm, out);
  Value r = str_new(vm, out);
  if (enc_info == 1) set_str_enc(r, Enc::kUsAscii);
  return r;
}

// String#__unpack(fmt, single): an Array of values, or the first value when single.
NATIVE(str_unpack_impl) {
  UNUSED_ARGS;
  std::string_view fmt = str_view(to_str(vm, argv[0]));
  bool single = argc > 1 && argv[1].truthy();
  int64_t pos = argc > 2 ? to_long(vm, argv[2]) : 0;
  std::string_view s = str_view(self);
  if (pos < 0 || pos > static_cast<int64_t>(s.size())) vm.raise(vm.eArgumentError, "offset outside of string");
  Value out = ary_new(vm);
  auto emit = [&](Value v) { ary_push(vm, out, v); };
  auto done = [&]() { return single && ary_len(out) > 0; };
  int64_t n = static_cast<int64_t>(s.size());
  size_t i = 0;
  Directive d;
  while (!done() && next_directive(vm, fmt, i, d)) {
    if (d.fsize > 0) {
      int64_t cnt = d.count < 0 ? (n - pos) / d.fsize : d.count;
      for (int64_t k = 0; k < cnt; ++k) {
        if (pos + d.fsize > n) {
          if (d.count >= 0) emit(Value::nil());
          continue;
        }
        emit(float_new(vm, float_of_bits(get_int(s, pos, d.fsize, d.big), d.fsize)));
        pos += d.fsize;
      }
      continue;
    }
    if (d.size > 0) {
      int64_t cnt = d.count < 0 ? (n - pos) / d.size : d.count;
      for (int64_t k = 0; k < cnt; ++k) {
        if (pos + d.size > n) {
          if (d.count >= 0) emit(Value::nil());
          continue;
        }
        uint64_t u = 0;
        for (int b = 0; b < d.size; ++b) {
          uint64_t byte = static_cast<unsigned char>(s[static_cast<size_t>(pos + b)]);
          int shift = d.big ? (d.size - 1 - b) * 8 : b * 8;
          u |= byte << shift;
        }
        pos += d.size;
        if (d.is_signed) {
          int64_t sv = d.size == 8 ? static_cast<int64_t>(u)
                                   : static_cast<int64_t>(u << (64 - d.size * 8)) >> (64 - d.size * 8);
          emit(int_new(vm, sv));
        } else if (u > static_cast<uint64_t>(INT64_MAX)) {
          emit(int_parse(vm, std::to_string(u), 10));
        } else {
          emit(int_new(vm, static_cast<int64_t>(u)));
        }
      }
      continue;
    }
    switch (d.type) {
      case 'a': case 'A': case 'Z': {
        int64_t len = d.count < 0 ? n - pos : std::min(d.count, n - pos);
        std::string_view part = s.substr(static_cast<size_t>(pos), static_cast<size_t>(len));
        if (d.type == 'Z') {
          size_t z = part.find('\0');
          if (z != std::string_view::npos) {
            part = part.substr(0, z);
            if (d.count < 0) len = static_cast<int64_t>(z) + 1;
          }
        } else if (d.type == 'A') {
          while (!part.empty() && (part.back() == ' ' || part.back() == '\0')) part.remove_suffix(1);
        }
        emit(str_new_binary(vm, part));
        pos += len;
        break;
      }
      case 'U': {
        int64_t cnt = d.count < 0 ? INT64_MAX : d.count;
        for (int64_t k = 0; k < cnt && pos < n; ++k) {
          unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(pos)]);
          int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
          if (len == 0 || pos + len > n) vm.raise(vm.eArgumentError, "malformed UTF-8 character");
          uint32_t cp = len == 1 ? c : c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
          for (int b = 1; b < len; ++b) cp = (cp << 6) | (static_cast<unsigned char>(s[static_cast<size_t>(pos + b)]) & 0x3F);
          emit(Value::fixnum(cp));
          pos += len;
        }
        break;
      }
      case 'w': {
        int64_t cnt = d.count < 0 ? INT64_MAX : d.count;
        for (int64_t k = 0; k < cnt && pos < n; ++k) {
          int64_t v = 0;
          while (pos < n) {
            unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(pos++)]);
            v = (v << 7) | (c & 0x7f);
            if (!(c & 0x80)) break;
          }
          emit(int_new(vm, v));
        }
        break;
      }
      case 'B': case 'b': case 'H': case 'h': {
        bool bits = d.type == 'B' || d.type == 'b';
        int per = bits ? 8 : 2;
        int64_t avail = (n - pos) * per;
        int64_t len = d.count < 0 ? avail : std::min(d.has_count ? d.count : 1, avail);
        std::string r;
        for (int64_t k = 0; k < len; ++k) {
          unsigned char byte = static_cast<unsigned char>(s[static_cast<size_t>(pos + k / per)]);
          int j = static_cast<int>(k % per);
          if (d.type == 'B') r += static_cast<char>('0' + ((byte >> (7 - j)) & 1));
          else if (d.type == 'b') r += static_cast<char>('0' + ((byte >> j) & 1));
          else {
            unsigned v = d.type == 'H' ? (j == 0 ? byte >> 4 : byte & 15) : (j == 0 ? byte & 15 : byte >> 4);
            r += "0123456789abcdef"[v];
          }
        }
        pos += (len + per - 1) / per;
        emit(str_new(vm, r));
        break;
      }
      case 'm': {
        std::string r;
        uint32_t acc = 0;
        int bitsn = 0;
        for (; pos < n; ++pos) {
          char c = s[static_cast<size_t>(pos)];
          const char* p = std::strchr(kB64, c);
          if (c == '=' ) continue;
          if (!p || c == '\0') {
            if (d.has_count && d.count == 0) vm.raise(vm.eArgumentError, "invalid base64");
            continue;
          }
          acc = (acc << 6) | static_cast<uint32_t>(p - kB64);
          bitsn += 6;
          if (bitsn >= 8) {
            bitsn -= 8;
            r += static_cast<char>((acc >> bitsn) & 0xff);
          }
        }
        emit(str_new_binary(vm, r));
        break;
      }
      case 'M': emit(str_new_binary(vm, get_qp(s, pos))); break;
      case 'u': {
        std::string r;
        while (pos < n) {
          int len = (s[static_cast<size_t>(pos)] - 32) & 63;
          ++pos;
          if (len == 0) break;
          std::string line;
          while (pos < n && s[static_cast<size_t>(pos)] != '\n') {
            uint32_t v = 0;
            for (int q = 0; q < 4; ++q) {
              char c = pos < n && s[static_cast<size_t>(pos)] != '\n' ? s[static_cast<size_t>(pos++)] : ' ';
              v = (v << 6) | ((c - 32) & 63);
            }
            line += static_cast<char>((v >> 16) & 0xff);
            line += static_cast<char>((v >> 8) & 0xff);
            line += static_cast<char>(v & 0xff);
          }
          if (pos < n) ++pos;
          r += line.substr(0, static_cast<size_t>(len));
        }
        emit(str_new_binary(vm, r));
        break;
      }
      case 'x': pos += d.count < 0 ? 0 : d.count; if (pos > n) vm.raise(vm.eArgumentError, "x outside of string"); break;
      case 'X': pos -= d.count < 0 ? 0 : d.count; if (pos < 0) vm.raise(vm.eArgumentError, "X outside of string"); break;
      case '@': pos = d.count < 0 ? 0 : d.count; if (pos > n) vm.raise(vm.eArgumentError, "@ outside of string"); break;
      default:
        vm.raise(vm.eArgumentError, std::string("unknown unpack directive '") + d.type + "' in '" + std::string(fmt) + "'");
    }
  }
  if (single) return ary_len(out) > 0 ? ary_at(out, 0) : Value::nil();
  return out;
}

void init_string_pack(Vm& vm) {
  define_native(vm, vm.cArray, "__pack", ary_pack_impl, 1);
  define_native(vm, vm.cString, "__unpack", str_unpack_impl, -1);
}

}  // namespace maglev::vm
