// String: the core operations (concatenation, comparison, indexing, case, search,
// split/strip family), inspect with Ruby's escapes, and Kernel#format.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>

#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

static bool is_space_byte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string str_inspect(std::string_view s, bool binary) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\f': out += "\\f"; break;
      case '\v': out += "\\v"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case 27: out += "\\e"; break;
      case '#':
        if (i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '$' || s[i + 1] == '@'))
          out += "\\#";
        else
          out += '#';
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, binary ? "\\x%02X" : "\\u%04X", c);
          out += buf;
        } else if (c >= 0x80) {
          if (binary) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            break;
          }
          // Keep valid UTF-8 sequences, escape invalid bytes.
          int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
          bool ok = len > 0 && i + len <= s.size();
          for (int k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
          uint32_t cp = 0;
          if (ok) {
            cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
            for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
            // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
            uint32_t least = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            ok = cp >= least && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
          }
          if (ok && ((cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", cp);
            out += buf;
            i += len - 1;
          } else if (ok) {
            out.append(s.substr(i, len));
            i += len - 1;
          } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
          }
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

static void check_mutable(Vm& vm, Value s) { vm.check_frozen(s); }   // + write barrier
// A new String of bytes taken from self, in self's encoding.
static Value derived(Vm& vm, Value self, std::string_view bytes) {
  Value r = str_new(vm, bytes);
  copy_str_enc(r, self);
  return r;
}

// String.new: an empty binary String of the class, then initialize (a subclass's own
// initialize sees the arguments as given).
NATIVE(str_s_new) {
  UNUSED_ARGS;
  Value s = str_new(vm, "");
  s.heap()->klass = self.as<RClass>();
  s.heap()->flags |= kFlagBinary;
  vm.call(s, sym::initialize, argc, argv, block);
  return s;
}
NATIVE(str_initialize) {
  UNUSED_ARGS;
  if (argc > 0 && !is_hash(argv[0])) {
    Value src = is_string(argv[0]) ? argv[0] : to_str(vm, argv[0]);
    if (src != self) {
      check_mutable(vm, self);
      str_set(vm, self, str_view(src));
      copy_str_enc(self, src);
    }
  }
  if (argc > 0 && is_hash(argv[argc - 1])) {
    Value e = hash_aref(vm, argv[argc - 1], sym_value("encoding"));
    if (!e.is_nil()) vm.call(self, intern("force_encoding"), {e});
  }
  return Value::nil();
}
NATIVE(str_to_s) {
  UNUSED_ARGS;
  if (real_class(self.heap()->klass) != vm.cString) return derived(vm, self, str_view(self));
  return self;
}
NATIVE(str_inspect_m) { UNUSED_ARGS; return str_new(vm, str_inspect_enc(str_view(self), str_enc(self))); }
// dump: like a binary inspect, but valid UTF-8 characters become \uXXXX / \u{XXXXX}.
NATIVE(str_dump) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  Enc enc = str_enc(self);
  if (enc != Enc::kUtf8) {
    std::string d = str_inspect(s, true);
    if (!enc_ascii_compatible(enc)) d += std::string(".dup.force_encoding(\"") + enc_name(enc) + "\")";
    Value r = str_new(vm, d);
    if (enc_ascii_compatible(enc)) copy_str_enc(r, self);
    return r;
  }
  std::string out = "\"";
  size_t run = 0;
  auto flush = [&](size_t end) {
    if (end > run) {
      std::string part = str_inspect(s.substr(run, end - run), true);
      out += part.substr(1, part.size() - 2);
    }
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    bool ok = c >= 0x80 && len > 0 && i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (!ok) {
      ++i;
      continue;
    }
    flush(i);
    uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    char buf[16];
    std::snprintf(buf, sizeof buf, cp > 0xFFFF ? "\\u{%X}" : "\\u%04X", cp);
    out += buf;
    i += static_cast<size_t>(len);
    run = i;
  }
  flush(s.size());
  return str_new(vm, out + "\"");
}
NATIVE(str_plus) {
  UNUSED_ARGS;
  Value o = to_str(vm, argv[0]);
  Value r = str_buf_new(vm, str_ptr(self)->len + str_ptr(o)->len);   // the sum's exact room
  str_append(vm, r, str_view(self));
  copy_str_enc(r, self);
  str_append_str(vm, r, o);
  return r;
}
NATIVE(str_mul) {
  UNUSED_ARGS;
  int64_t n = to_long(vm, argv[0]);
  if (n < 0) vm.raise(vm.eArgumentError, "negative argument");
  std::string out;
  std::string_view v = str_view(self);
  // CRuby: ArgumentError when the length overflows a long, NoMemoryError when the
  // allocation fails (instead of std::bad_alloc ending the process)
  if (n > 0 && v.size() > static_cast<size_t>(INT64_MAX / n)) vm.raise(vm.eArgumentError, "argument too big");
  // Past 1 TiB no allocator here succeeds (and ASan's aborts instead of throwing).
  size_t bytes = v.size() * static_cast<size_t>(n);
  if (bytes > (size_t{1} << 40)) vm.raise(vm.eNoMemoryError, "failed to allocate memory");
  try {
    out.reserve(bytes);
  } catch (const std::exception&) {   // bad_alloc, or length_error past max_size()
    vm.raise(vm.eNoMemoryError, "failed to allocate memory");
  }
  for (int64_t i = 0; i < n; ++i) out += v;
  Value r = str_new(vm, out);
  copy_str_enc(r, self);
  return r;
}
NATIVE(str_concat) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  for (int i = 0; i < argc; ++i) {
    Value o = argv[i];
    if (is_integer(o)) {
      // A code point in self's encoding; a byte in ASCII-8BIT and US-ASCII (which
      // becomes ASCII-8BIT past 127), as CRuby's rb_str_concat.
      int64_t c = to_long(vm, o);
      Enc e = str_enc(self);
      bool bytewise = e == Enc::kBinary || e == Enc::kUsAscii;
      if (c < 0 || (bytewise && c > 255)) vm.raise(vm.eRangeError, std::to_string(c) + " out of char range");
      if (bytewise) {
        if (c > 127) set_str_enc(self, Enc::kBinary);
        str_append(vm, self, std::string(1, static_cast<char>(c)));
      } else {
        str_append_str(vm, self, vm.call(o, intern("chr"), {enc_value(vm, e)}));
      }
    } else {
      str_append_str(vm, self, to_str(vm, o));
    }
  }
  return self;
}
// concat(self, ...): the arguments are read before any is appended (s.concat(s, s) of
// "x" is "xxx"), so self is copied when it is one of them.
NATIVE(str_concat_m) {
  UNUSED_ARGS;
  bool has_self = false;
  for (int i = 0; i < argc; ++i) has_self = has_self || argv[i] == self;
  if (!has_self) return str_concat(vm, self, argc, argv, block);
  std::vector<Value> args(argv, argv + argc);
  RootScope r(vm.heap, args);
  Value copy = str_dup(vm, self);
  for (Value& a : args)
    if (a == self) a = copy;
  return str_concat(vm, self, argc, args.data(), block);
}
// Equal bytes in encodings that can be compared (rb_str_comparable): the same encoding,
// or one side ASCII-only and the other's encoding ASCII-compatible ("é" != "é".b).
static bool str_same(Value a, Value b) {
  std::string_view x = str_view(a), y = str_view(b);
  if (x != y) return false;
  Enc ea = str_enc(a), eb = str_enc(b);
  return ea == eb || (enc_ascii_compatible(ea) && enc_ascii_compatible(eb) && bytes_ascii(x));
}
NATIVE(str_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_string(o)) {
    if (o.is_heap() && vm.respond_to(o, sym::to_str, false)) return Value::boolean(vm.call(o, sym::eq, 1, &self).truthy());
    return Value::f();
  }
  return Value::boolean(str_same(self, o));
}
NATIVE(str_eql) { UNUSED_ARGS; return Value::boolean(is_string(argv[0]) && str_same(self, argv[0])); }
// <=>: a non-String through its to_str, else the negated other <=> self (rb_invcmp).
NATIVE(str_cmp) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_string(o) && o.is_heap() && vm.respond_to(o, sym::to_str, true)) {
    Value s = vm.call(o, sym::to_str);
    if (is_string(s)) o = s;
  }
  if (!is_string(o)) {
    if (!vm.respond_to(o, sym::cmp, true)) return Value::nil();
    Value r = vm.call(o, sym::cmp, 1, &self);
    if (r.is_nil()) return r;
    return r.is_fixnum() ? Value::fixnum(-r.fixnum_value()) : vm.call(r, intern("-@"));
  }
  int c = str_view(self).compare(str_view(o));
  return Value::fixnum(c < 0 ? -1 : c > 0);
}
NATIVE(str_hash) { UNUSED_ARGS; return Value::fixnum(static_cast<int64_t>(std::hash<std::string_view>{}(str_view(self)) >> 2)); }
NATIVE(str_length) { UNUSED_ARGS; return Value::fixnum(str_char_length(self)); }
NATIVE(str_bytesize) { UNUSED_ARGS; return Value::fixnum(str_ptr(self)->len); }
NATIVE(str_empty) { UNUSED_ARGS; return Value::boolean(str_ptr(self)->len == 0); }
NATIVE(str_to_sym) { UNUSED_ARGS; return Value::symbol(intern(str_view(self))); }
NATIVE(str_to_i) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  int64_t base = argc > 0 ? to_long(vm, argv[0]) : 10;
  if (base < 0 || base == 1 || base > 36) vm.raise(vm.eArgumentError, "invalid radix " + std::to_string(base));
  std::string_view s = str_view(self);
  size_t i = 0;
  while (i < s.size() && is_space_byte(s[i])) ++i;
  std::string digits;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    if (s[i] == '-') digits += '-';
    ++i;
  }
  auto prefix = [&](char lo) {
    return i + 1 < s.size() && s[i] == '0' && (s[i + 1] == lo || s[i + 1] == lo - 32);
  };
  if (base == 0) {
    if (prefix('x')) base = 16;
    else if (prefix('b')) base = 2;
    else if (prefix('o')) base = 8;
    else if (prefix('d')) base = 10;
    else if (i < s.size() && s[i] == '0') base = 8;
    else base = 10;
  }
  if ((base == 16 && prefix('x')) || (base == 2 && prefix('b')) || (base == 8 && prefix('o')) || (base == 10 && prefix('d'))) i += 2;
  bool any = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_' && any && i + 1 < s.size() && s[i + 1] != '_') continue;
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
    if (d >= base) break;
    digits += c;
    any = true;
  }
  if (!any) return Value::fixnum(0);
  return int_parse(vm, digits, static_cast<int>(base));
}
NATIVE(str_to_f) {
  UNUSED_ARGS;
  double d;
  (void)float_parse(str_view(self), false, &d);
  return float_new(vm, d);
}
// The character length as the offsets below count it: bytes in a binary String (even a
// UTF-16/32 one, unlike str_char_length).
static int64_t str_char_length_bytes(Value self) {
  return (self.heap()->flags & kFlagBinary) ? str_ptr(self)->len : str_char_length(self);
}
// Byte offsets of each character start (UTF-8).
static std::vector<int64_t> char_offsets(Value self) {
  std::vector<int64_t> out;
  std::string_view s = str_view(self);
  bool bin = self.heap()->flags & kFlagBinary;
  for (size_t i = 0; i < s.size(); ++i)
    if (bin || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(static_cast<int64_t>(i));
  out.push_back(static_cast<int64_t>(s.size()));
  return out;
}
static Value substr(Vm& vm, Value self, int64_t start, int64_t len) {
  std::string_view s = str_view(self);
  if (start < 0) start += str_char_length_bytes(self);
  if (start < 0 || len < 0) return Value::nil();
  int64_t b = str_char_to_byte(self, start);
  if (b < 0) return Value::nil();
  int64_t e = len > static_cast<int64_t>(s.size()) - b ? -1 : str_char_to_byte(self, start + len);
  if (e < 0) e = static_cast<int64_t>(s.size());
  return derived(vm, self, s.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
}
Value str_aref_impl(Vm& vm, Value self, int argc, const Value* argv) {
  check_args(vm, argc, 1, 2);
  if (argc == 2) {
    if (is_string(argv[0]) || (argv[0].is_heap() && argv[0].heap()->type == HeapType::kRegexp))
      return vm.call(self, intern("__aref_match"), argc, argv);
    return substr(vm, self, to_long(vm, argv[0]), to_long(vm, argv[1]));
  }
  Value i = argv[0];
  if (i.is_fixnum()) {
    Value r = substr(vm, self, i.fixnum_value(), 1);
    if (!r.is_nil() && str_ptr(r)->len == 0) return Value::nil();
    return r;
  }
  if (is_range(i)) {
    int64_t n = str_char_length(self);
    RRange* r = i.as<RRange>();
    int64_t b = r->begin.is_nil() ? 0 : to_long(vm, r->begin);
    int64_t e = r->end.is_nil() ? n : to_long(vm, r->end);
    if (b < 0) b += n;
    if (e < 0) e += n;
    if (!(i.heap()->flags & kFlagExcl) && !r->end.is_nil()) ++e;
    if (b < 0 || b > n) return Value::nil();
    return substr(vm, self, b, std::max<int64_t>(0, e - b));
  }
  if (is_string(i)) {
    return str_view(self).find(str_view(i)) != std::string_view::npos ? str_new(vm, str_view(i)) : Value::nil();
  }
  if (i.is_heap() && i.heap()->type == HeapType::kRegexp) return vm.call(self, intern("__aref_match"), argc, argv);
  return substr(vm, self, to_long(vm, i), 1);
}
NATIVE(str_aref) { UNUSED_ARGS; return str_aref_impl(vm, self, argc, argv); }
NATIVE(str_reverse) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  if ((self.heap()->flags & kFlagBinary) || str_ascii_only(self)) {   // one byte per character
    Value r = str_buf_new(vm, static_cast<int64_t>(s.size()));
    RString* rs = str_ptr(r);
    std::reverse_copy(s.begin(), s.end(), rs->ptr);
    rs->len = static_cast<int64_t>(s.size());
    rs->ptr[rs->len] = '\0';
    copy_str_enc(r, self);
    return r;
  }
  std::vector<int64_t> off = char_offsets(self);
  std::string out;
  for (size_t i = off.size() - 1; i-- > 0;) out.append(s.substr(static_cast<size_t>(off[i]), static_cast<size_t>(off[i + 1] - off[i])));
  return derived(vm, self, out);
}
NATIVE(str_include) { UNUSED_ARGS; return Value::boolean(str_view(self).find(str_view(to_str(vm, argv[0]))) != std::string_view::npos); }
NATIVE(str_start_with) {
  UNUSED_ARGS;
  for (int i = 0; i < argc; ++i) {
    if (argv[i].is_heap() && argv[i].heap()->type == HeapType::kRegexp) {
      if (vm.call(self, intern("__start_with_re"), 1, argv + i).truthy()) return Value::t();
      continue;
    }
    if (str_view(self).starts_with(str_view(to_str(vm, argv[i])))) return Value::t();
  }
  return Value::f();
}
NATIVE(str_end_with) {
  UNUSED_ARGS;
  for (int i = 0; i < argc; ++i)
    if (str_view(self).ends_with(str_view(to_str(vm, argv[i])))) return Value::t();
  return Value::f();
}
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '\0'; }
NATIVE(str_strip) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  size_t a = 0, b = s.size();
  while (a < b && is_space(s[a])) ++a;
  while (b > a && is_space(s[b - 1])) --b;
  return derived(vm, self, s.substr(a, b - a));
}
NATIVE(str_lstrip) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  size_t a = 0;
  while (a < s.size() && is_space(s[a])) ++a;
  return derived(vm, self, s.substr(a));
}
NATIVE(str_rstrip) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  size_t b = s.size();
  while (b > 0 && is_space(s[b - 1])) --b;
  return derived(vm, self, s.substr(0, b));
}
NATIVE(str_chomp) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  check_args(vm, argc, 0, 1);
  if (argc > 0 && argv[0].is_nil()) return derived(vm, self, s);
  std::string_view suf = argc > 0 ? str_view(to_str(vm, argv[0])) : std::string_view("\n");
  if (suf.empty()) {   // paragraph mode: every trailing "\n" and "\r\n"
    while (s.ends_with("\n")) {
      s.remove_suffix(1);
      if (s.ends_with("\r")) s.remove_suffix(1);
    }
    return derived(vm, self, s);
  }
  if (suf != "\n") {
    if (s.ends_with(suf)) s.remove_suffix(suf.size());
    return derived(vm, self, s);
  }
  if (s.ends_with("\r\n")) s.remove_suffix(2);
  else if (s.ends_with("\n") || s.ends_with("\r")) s.remove_suffix(1);
  return derived(vm, self, s);
}
NATIVE(str_chop) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  if (s.ends_with("\r\n")) s.remove_suffix(2);
  else if (!s.empty()) {
    std::vector<int64_t> off = char_offsets(self);
    s = s.substr(0, static_cast<size_t>(off[off.size() - 2]));
  }
  return derived(vm, self, s);
}
NATIVE(str_chars) {
  UNUSED_ARGS;
  std::vector<int64_t> off = char_offsets(self);
  std::string_view s = str_view(self);
  Value a = ary_new(vm);
  for (size_t i = 0; i + 1 < off.size(); ++i)
    ary_push(vm, a, derived(vm, self, s.substr(static_cast<size_t>(off[i]), static_cast<size_t>(off[i + 1] - off[i]))));
  if (!block.is_nil()) {
    for (int64_t i = 0; i < ary_len(a); ++i) vm.yield1(block, ary_at(a, i));
    return self;
  }
  return a;
}
NATIVE(str_bytes) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (char c : str_view(self)) ary_push(vm, a, Value::fixnum(static_cast<unsigned char>(c)));
  return a;
}
NATIVE(str_ord) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  if (s.empty()) vm.raise(vm.eArgumentError, "empty string");
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80 || (self.heap()->flags & kFlagBinary)) return Value::fixnum(c);
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int i = 1; i < len && i < static_cast<int>(s.size()); ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return Value::fixnum(cp);
}
NATIVE(str_freeze) {
  UNUSED_ARGS;
  write_barrier(self.heap());
  self.heap()->flags |= kFlagFrozen;
  return self;
}
// -str / dedup: one frozen String per contents (a table kept on String itself).
NATIVE(str_uminus) {
  UNUSED_ARGS;
  SymId key = intern("__fstrings");
  Value table = vm.ivar_get(Value::object(vm.cString), key);
  if (!is_hash(table)) {
    table = hash_new(vm);
    vm.ivar_set(Value::object(vm.cString), key, table);
  }
  bool plain = real_class(self.heap()->klass) == vm.cString && !(self.heap()->flags & kFlagGenericIvars);
  if (plain) {
    Value found = hash_lookup(vm, table, self);
    if (!found.is_undef()) return found;
  }
  if (self.heap()->frozen() && !plain) return self;
  Value d = self.heap()->frozen() ? self : str_new(vm, str_view(self));
  d.heap()->flags |= kFlagFrozen | (self.heap()->flags & kFlagEncoding);
  if (plain) hash_aset(vm, table, d, d);
  return d;
}
NATIVE(str_uplus) {
  UNUSED_ARGS;
  if (self.heap()->frozen()) return derived(vm, self, str_view(self));
  return self;
}
NATIVE(str_replace) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  Value o = to_str(vm, argv[0]);
  str_set(vm, self, str_view(o));
  copy_str_enc(self, o);
  return self;
}
NATIVE(str_check_frozen) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  return Value::nil();
}
NATIVE(str_clear) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  str_set(vm, self, "");
  return self;
}
static Value justify(Vm& vm, Value self, int argc, const Value* argv, int mode) {
  check_args(vm, argc, 1, 2);
  int64_t width = to_long(vm, argv[0]);
  std::string pad = argc > 1 ? str_std(to_str(vm, argv[1])) : " ";
  if (pad.empty()) vm.raise(vm.eArgumentError, "zero width padding");
  int64_t len = str_char_length(self);
  if (width <= len) return derived(vm, self, str_view(self));
  int64_t total = width - len;
  int64_t left = mode == 0 ? 0 : mode == 1 ? total : total / 2;
  int64_t right = total - left;
  auto fill = [&](int64_t n) {
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += pad[static_cast<size_t>(i) % pad.size()];
    return out;
  };
  Value r = derived(vm, self, fill(left) + str_std(self) + fill(right));
  if (argc > 1) set_str_enc(r, enc_check(vm, self, argv[1]));
  return r;
}
NATIVE(str_ljust) { UNUSED_ARGS; return justify(vm, self, argc, argv, 0); }
NATIVE(str_rjust) { UNUSED_ARGS; return justify(vm, self, argc, argv, 1); }
NATIVE(str_center) { UNUSED_ARGS; return justify(vm, self, argc, argv, 2); }
NATIVE(str_format_op) {
  UNUSED_ARGS;
  Value a = argv[0];
  if (is_array(a)) return derived(vm, self, format_string(vm, str_view(self), static_cast<int>(ary_len(a)), ary_ptr(a)->ptr));
  return derived(vm, self, format_string(vm, str_view(self), 1, &a));
}
// split with no args / " ": awk-style; with a string separator: literal; a Regexp: the
// prelude's __split_re. A positive limit caps the fields; a nonzero one keeps trailing
// empty fields (rb_str_split_m).
static Value split_fields(Vm& vm, Value self, int argc, const Value* argv) {
  Value a = ary_new(vm);
  std::string_view s = str_view(self);
  int64_t limit = argc > 1 ? to_long(vm, argv[1]) : 0;
  if (limit == 1) {
    if (!s.empty()) ary_push(vm, a, derived(vm, self, s));
    return a;
  }
  if (argc == 0 || argv[0].is_nil() || (is_string(argv[0]) && str_view(argv[0]) == " ")) {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && is_space(s[i])) ++i;
      if (i >= s.size()) break;
      if (limit > 0 && ary_len(a) == limit - 1) {
        ary_push(vm, a, derived(vm, self, s.substr(i)));
        return a;
      }
      size_t j = i;
      while (j < s.size() && !is_space(s[j])) ++j;
      ary_push(vm, a, derived(vm, self, s.substr(i, j - i)));
      i = j;
    }
    if (limit != 0 && !s.empty() && is_space(s.back())) ary_push(vm, a, derived(vm, self, ""));
    return a;
  }
  if (argv[0].is_heap() && argv[0].heap()->type == HeapType::kRegexp)
    return vm.call(self, intern("__split_re"), argc, argv);
  Value sepv = argv[0];   // get_pat_quoted: a String through to_str (it crashed as a pattern)
  if (!is_string(sepv) && sepv.is_heap() && vm.respond_to(sepv, sym::to_str, true)) sepv = vm.call(sepv, sym::to_str);
  if (!is_string(sepv))
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[0]) + " (expected Regexp)");
  std::string_view sep = str_view(sepv);
  if (sep.empty()) {
    std::vector<int64_t> off = char_offsets(self);
    for (size_t i = 0; i + 1 < off.size(); ++i) {
      if (limit > 0 && ary_len(a) == limit - 1) {
        ary_push(vm, a, derived(vm, self, s.substr(static_cast<size_t>(off[i]))));
        return a;
      }
      ary_push(vm, a, derived(vm, self, s.substr(static_cast<size_t>(off[i]), static_cast<size_t>(off[i + 1] - off[i]))));
    }
    if (limit != 0 && !s.empty()) ary_push(vm, a, derived(vm, self, ""));
    return a;
  }
  size_t start = 0;
  for (;;) {
    if (limit > 0 && ary_len(a) == limit - 1) {
      ary_push(vm, a, derived(vm, self, s.substr(start)));
      break;
    }
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      ary_push(vm, a, derived(vm, self, s.substr(start)));
      break;
    }
    ary_push(vm, a, derived(vm, self, s.substr(start, pos - start)));
    start = pos + sep.size();
  }
  if (limit == 0)
    while (ary_len(a) > 0 && str_ptr(ary_at(a, ary_len(a) - 1))->len == 0) --ary_ptr(a)->len;
  return a;
}
// The lines of self split after each `sep` (String#lines / each_line; the prelude
// handles sep == nil). An empty sep is paragraph mode: pieces end at "\n\n" and further
// newlines are skipped. chomp drops the separator (and a "\r" before a "\n"). Works
// on byte offsets, so a long string's lines cost O(length) in all.
NATIVE(str_lines_native) {
  UNUSED_ARGS;
  std::string_view s = str_view(self);
  std::string_view sep = str_view(to_str(vm, argv[0]));
  bool chomp = argv[1].truthy();
  bool paragraph = sep.empty();
  if (paragraph) sep = "\n\n";
  Value out = ary_new(vm);
  size_t pos = 0, n = s.size();
  while (pos < n) {
    size_t j = s.find(sep, pos);
    if (j == std::string_view::npos) {
      ary_push(vm, out, derived(vm, self, s.substr(pos)));
      break;
    }
    size_t e = j + sep.size();
    size_t keep = chomp ? (paragraph ? j + 1 : j) : e;
    if (chomp && !paragraph && sep == "\n" && keep > pos && s[keep - 1] == '\r') --keep;
    ary_push(vm, out, derived(vm, self, s.substr(pos, keep - pos)));
    pos = e;
    if (paragraph)
      while (pos < n && s[pos] == '\n') ++pos;
  }
  return out;
}
// split with a block yields each field and returns self.
NATIVE(str_split_ws) {
  UNUSED_ARGS;
  Value a = split_fields(vm, self, argc, argv);
  if (block.is_nil()) return a;
  for (int64_t i = 0; i < ary_len(a); ++i) vm.yield1(block, ary_at(a, i));
  return self;
}
NATIVE(str_index) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argv[0].is_heap() && argv[0].heap()->type == HeapType::kRegexp)
    return vm.call(self, intern("__index_re"), argc, argv);
  Value pat = to_str(vm, argv[0]);   // to_str, a TypeError otherwise (it crashed as a pattern)
  int64_t start = argc > 1 ? to_long(vm, argv[1]) : 0;
  if (start < 0) start += str_char_length_bytes(self);
  int64_t from = start < 0 ? -1 : str_char_to_byte(self, start);
  if (from < 0) return Value::nil();
  size_t pos = str_view(self).find(str_view(pat), static_cast<size_t>(from));
  if (pos == std::string_view::npos) return Value::nil();
  return Value::fixnum(str_byte_to_char(self, static_cast<int64_t>(pos)));
}
NATIVE(str_rindex) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argv[0].is_heap() && argv[0].heap()->type == HeapType::kRegexp) return vm.call(self, intern("__rindex_re"), argc, argv);
  int64_t n = str_char_length_bytes(self);
  int64_t start = argc > 1 ? to_long(vm, argv[1]) : n;
  if (start < 0) start += n;
  if (start < 0) return Value::nil();
  if (start > n) start = n;
  size_t pos = str_view(self).rfind(str_view(to_str(vm, argv[0])), static_cast<size_t>(str_char_to_byte(self, start)));
  if (pos == std::string_view::npos) return Value::nil();
  return Value::fixnum(str_byte_to_char(self, static_cast<int64_t>(pos)));
}
NATIVE(str_succ) {
  UNUSED_ARGS;
  std::string s = str_std(self);
  if (s.empty()) return derived(vm, self, "");
  int i = static_cast<int>(s.size()) - 1;
  bool has_alnum = false;
  for (char c : s) has_alnum = has_alnum || std::isalnum(static_cast<unsigned char>(c));
  if (!has_alnum) {
    for (; i >= 0; --i) {
      if (static_cast<unsigned char>(s[i]) < 255) { s[i]++; return derived(vm, self, s); }
      s[i] = 0;
    }
    return derived(vm, self, "\x01" + s);
  }
  while (i >= 0 && !std::isalnum(static_cast<unsigned char>(s[i]))) --i;
  for (;;) {
    char c = s[i];
    if (c == 'z') { s[i] = 'a'; }
    else if (c == 'Z') { s[i] = 'A'; }
    else if (c == '9') { s[i] = '0'; }
    else { s[i] = static_cast<char>(c + 1); return derived(vm, self, s); }
    int j = i - 1;
    while (j >= 0 && !std::isalnum(static_cast<unsigned char>(s[j]))) --j;
    // CRuby carries across punctuation only into the same kind: "1.9" -> "2.0", "a-9" -> "a-10".
    bool kind_change = j >= 0 && j < i - 1 && (std::isdigit(static_cast<unsigned char>(c)) != 0) != (std::isdigit(static_cast<unsigned char>(s[j])) != 0);
    if (j < 0 || kind_change) {
      char ins = c == 'z' ? 'a' : c == 'Z' ? 'A' : '1';
      s.insert(s.begin() + i, ins);
      return derived(vm, self, s);
    }
    i = j;
  }
}
NATIVE(str_setbyte) {
  UNUSED_ARGS;
  check_mutable(vm, self);
  int64_t i = to_long(vm, argv[0]);
  RString* s = str_ptr(self);
  if (i < 0) i += s->len;
  if (i < 0 || i >= s->len) vm.raise(vm.eIndexError, "index " + std::to_string(i) + " out of string");
  str_setbyte(self, i, static_cast<char>(to_long(vm, argv[1])));
  return argv[1];
}
NATIVE(str_getbyte) {
  UNUSED_ARGS;
  int64_t i = to_long(vm, argv[0]);
  RString* s = str_ptr(self);
  if (i < 0) i += s->len;
  if (i < 0 || i >= s->len) return Value::nil();
  return Value::fixnum(static_cast<unsigned char>(s->ptr[i]));
}
// byteslice(start, len) with Integers (prelude's byteslice handles the other forms):
// copies only the slice.
NATIVE(str_byteslice_at) {
  UNUSED_ARGS;
  int64_t start = to_long(vm, argv[0]), len = to_long(vm, argv[1]);
  RString* s = str_ptr(self);
  if (start < 0) start += s->len;
  if (start < 0 || start > s->len || len < 0) return Value::nil();
  len = std::min(len, s->len - start);
  Value r = str_new(vm, std::string_view(s->ptr + start, static_cast<size_t>(len)));
  copy_str_enc(r, self);
  return r;
}
NATIVE(str_ascii_only) { UNUSED_ARGS; return Value::boolean(enc_ascii_compatible(str_enc(self)) && str_ascii_only(self)); }
NATIVE(str_empty_copy) { UNUSED_ARGS; return derived(vm, self, ""); }
NATIVE(str_unicode_normalize) { UNUSED_ARGS; return derived(vm, self, str_view(self)); }

void init_string(Vm& vm) {
  RClass* c = vm.cString;
  define_native(vm, singleton_class(vm, Value::object(c)), "new", str_s_new, -1);
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"initialize", str_initialize, -1}, {"to_s", str_to_s, 0}, {"to_str", str_to_s, 0},
      {"inspect", str_inspect_m, 0}, {"dump", str_dump, 0}, {"+", str_plus, 1},
      {"*", str_mul, 1}, {"<<", str_concat, 1}, {"concat", str_concat_m, -1},
      {"==", str_eq, 1}, {"===", str_eq, 1}, {"eql?", str_eql, 1}, {"<=>", str_cmp, 1},
      {"hash", str_hash, 0}, {"length", str_length, 0}, {"size", str_length, 0},
      {"bytesize", str_bytesize, 0}, {"empty?", str_empty, 0}, {"to_sym", str_to_sym, 0},
      {"intern", str_to_sym, 0}, {"to_i", str_to_i, -1}, {"to_f", str_to_f, 0},
      {"[]", str_aref, -1}, {"slice", str_aref, -1}, {"reverse", str_reverse, 0},
      {"include?", str_include, 1}, {"start_with?", str_start_with, -1},
      {"end_with?", str_end_with, -1}, {"strip", str_strip, 0}, {"lstrip", str_lstrip, 0},
      {"rstrip", str_rstrip, 0}, {"chomp", str_chomp, -1}, {"chop", str_chop, 0},
      {"chars", str_chars, 0}, {"bytes", str_bytes, 0}, {"ord", str_ord, 0},
      {"freeze", str_freeze, 0}, {"-@", str_uminus, 0}, {"+@", str_uplus, 0},
      {"dedup", str_uminus, 0}, {"replace", str_replace, 1}, {"clear", str_clear, 0}, {"__check_frozen", str_check_frozen, 0},
      {"ljust", str_ljust, -1}, {"rjust", str_rjust, -1}, {"center", str_center, -1},
      {"%", str_format_op, 1}, {"split", str_split_ws, -1}, {"index", str_index, -1},
      {"rindex", str_rindex, -1}, {"succ", str_succ, 0}, {"next", str_succ, 0},
      {"setbyte", str_setbyte, 2}, {"getbyte", str_getbyte, 1},
      {"__byteslice", str_byteslice_at, 2}, {"__lines_native", str_lines_native, 2},
      {"ascii_only?", str_ascii_only, 0}, {"__empty", str_empty_copy, 0}, {"unicode_normalize", str_unicode_normalize, -1}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
