// The native halves of lib/json.rb (Maglev.__json_parse and Maglev.__json_generate).
//
// The parser takes the common case: documents parsed without object_class, array_class
// or decimal_class. On anything it does not accept (malformed input, nesting past the
// limit, NaN without allow_nan, an object with the create_id key, odd surrogates) it
// returns its `fail` argument and lib/json.rb's Ruby parser parses again, which raises
// CRuby's exact error or builds the addition. The generator writes Hash, Array, String,
// Integer, Float, nil, true and false itself and calls to_json(state) on anything else,
// as json's C generator does. Neither defines anything under JSON: the library does.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/gc/heap.h"
#include "vm/vm.h"

namespace maglev::vm {

namespace {

// --- parsing -------------------------------------------------------------------------

struct Failed {};   // thrown inside the parser only: the document goes to the Ruby parser

class Parser {
 public:
  Parser(Vm& vm, std::string_view src) : vm_(vm), p_(src.data()), end_(src.data() + src.size()) {}
  int64_t max_nesting = 0;
  bool allow_nan = false, symbolize = false, freeze = false;
  std::string_view create_id;   // empty: no additions

  Value document() {
    skip_ignored();
    if (p_ == end_) throw Failed();
    Value v = value(0);
    skip_ignored();
    if (p_ != end_) throw Failed();
    return v;
  }

 private:
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  bool at(const char* word) const {
    size_t n = std::strlen(word);
    return static_cast<size_t>(end_ - p_) >= n && std::memcmp(p_, word, n) == 0;
  }

  // Whitespace and comments (/* */ and //), as the Ruby parser's IGNORE.
  void skip_ignored() {
    for (;;) {
      while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
      if (at("/*")) {
        const char* close = static_cast<const char*>(memmem(p_ + 2, end_ - p_ - 2, "*/", 2));
        if (close == nullptr) return;
        p_ = close + 2;
      } else if (at("//")) {
        while (p_ < end_ && *p_ != '\n') ++p_;
      } else {
        return;
      }
    }
  }

  Value value(int depth) {
    if (p_ == end_) throw Failed();
    switch (*p_) {
      case '"': return string();
      case '{': return object(depth + 1);
      case '[': return array(depth + 1);
      case 'n': return literal("null", Value::nil());
      case 't': return literal("true", Value::t());
      case 'f': return literal("false", Value::f());
      case 'N': return special("NaN", NAN);
      case 'I': return special("Infinity", INFINITY);
      case '-':
        if (at("-Infinity")) return special("-Infinity", -INFINITY);
        return number();
      default:
        if (digit(*p_)) return number();
        throw Failed();
    }
  }

  Value literal(const char* word, Value v) {
    if (!at(word)) throw Failed();
    p_ += std::strlen(word);
    return v;
  }
  Value special(const char* word, double d) {
    if (!allow_nan || !at(word)) throw Failed();
    p_ += std::strlen(word);
    return float_new(vm_, d);
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, not followed by a digit.
  Value number() {
    const char* start = p_;
    if (*p_ == '-') ++p_;
    if (p_ < end_ && *p_ == '0') {
      ++p_;
    } else if (p_ < end_ && digit(*p_)) {
      while (p_ < end_ && digit(*p_)) ++p_;
    } else {
      throw Failed();
    }
    bool is_float = false;
    if (end_ - p_ >= 2 && *p_ == '.' && digit(p_[1])) {
      p_ += 2;
      while (p_ < end_ && digit(*p_)) ++p_;
      is_float = true;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      const char* q = p_ + 1;
      if (q < end_ && (*q == '+' || *q == '-')) ++q;
      if (q < end_ && digit(*q)) {
        while (q < end_ && digit(*q)) ++q;
        p_ = q;
        is_float = true;
      }
    }
    if (p_ < end_ && digit(*p_)) throw Failed();
    std::string text(start, p_);
    if (is_float) return float_new(vm_, std::strtod(text.c_str(), nullptr));
    if (p_ - start <= 18) return Value::fixnum(std::strtoll(text.c_str(), nullptr, 10));
    return int_parse(vm_, text);
  }

  static int hex4(const char* s) {
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s[i];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }
  static void put_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | cp >> 6);
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | cp >> 12);
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | cp >> 18);
      out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string string_bytes() {
    ++p_;   // "
    const char* run = p_;
    std::string out;
    for (;;) {
      if (p_ == end_) throw Failed();
      char c = *p_;
      if (c == '"') break;
      if (c != '\\') {
        ++p_;
        continue;
      }
      out.append(run, p_);
      if (end_ - p_ < 2) throw Failed();
      char e = p_[1];
      p_ += 2;
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          int cp = end_ - p_ >= 4 ? hex4(p_) : -1;
          if (cp < 0) throw Failed();
          p_ += 4;
          if (cp >= 0xDC00 && cp <= 0xDFFF) throw Failed();   // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            int lo = end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u' ? hex4(p_ + 2) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF) throw Failed();
            p_ += 6;
            cp = ((cp - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
          }
          put_utf8(out, static_cast<uint32_t>(cp));
          break;
        }
        default: out += e; break;   // \" \\ \/ and any other character stand for themselves
      }
      run = p_;
    }
    out.append(run, p_);
    ++p_;   // "
    return out;
  }

  Value string() {
    Value s = str_new(vm_, string_bytes());
    if (freeze) s.heap()->flags |= kFlagFrozen;
    return s;
  }

  void check_depth(int depth) {
    if (max_nesting != 0 && depth > max_nesting) throw Failed();
    vm_.check_c_stack();
  }

  Value array(int depth) {
    check_depth(depth);
    Value a = ary_new(vm_);
    ++p_;
    skip_ignored();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
    } else {
      for (;;) {
        ary_push(vm_, a, value(depth));
        skip_ignored();
        if (p_ == end_) throw Failed();
        if (*p_ == ']') {
          ++p_;
          break;
        }
        if (*p_ != ',') throw Failed();
        ++p_;
        skip_ignored();
      }
    }
    if (freeze) a.heap()->flags |= kFlagFrozen;
    return a;
  }

  Value object(int depth) {
    check_depth(depth);
    Value h = hash_new(vm_);
    ++p_;
    skip_ignored();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
    } else {
      for (;;) {
        if (p_ == end_ || *p_ != '"') throw Failed();
        std::string k = string_bytes();
        if (!create_id.empty() && k == create_id) throw Failed();
        skip_ignored();
        if (p_ == end_ || *p_ != ':') throw Failed();
        ++p_;
        skip_ignored();
        Value key = symbolize ? Value::symbol(intern(k)) : str_new(vm_, k);
        if (!symbolize) key.heap()->flags |= kFlagFrozen;   // what Hash#[]= makes of it
        Value v = value(depth);
        hash_aset(vm_, h, key, v);
        skip_ignored();
        if (p_ == end_) throw Failed();
        if (*p_ == '}') {
          ++p_;
          break;
        }
        if (*p_ != ',') throw Failed();
        ++p_;
        skip_ignored();
      }
    }
    if (freeze) h.heap()->flags |= kFlagFrozen;
    return h;
  }

  Vm& vm_;
  const char* p_;
  const char* end_;
};

// Maglev.__json_parse(source, fail, max_nesting, allow_nan, symbolize_names, freeze,
// create_id): the document's value, or `fail` (see the file comment).
NATIVE(json_parse) {
  UNUSED_ARGS;
  check_args(vm, argc, 7, 7);
  Value src = to_str(vm, argv[0]);
  Parser p(vm, str_view(src));
  p.max_nesting = argv[2].is_fixnum() ? argv[2].fixnum_value() : 0;
  p.allow_nan = argv[3].truthy();
  p.symbolize = argv[4].truthy();
  p.freeze = argv[5].truthy();
  if (is_string(argv[6])) p.create_id = str_view(argv[6]);
  try {
    return p.document();
  } catch (const Failed&) {
    return argv[1];
  }
}

// --- generating ----------------------------------------------------------------------

class Generator {
 public:
  Generator(Vm& vm, Value state) : vm_(vm), state_(state) {
    indent_ = text("@indent");
    space_ = text("@space");
    space_before_ = text("@space_before");
    object_nl_ = text("@object_nl");
    array_nl_ = text("@array_nl");
    allow_nan_ = ivar("@allow_nan").truthy();
    ascii_only_ = ivar("@ascii_only").truthy();
    escape_slash_ = ivar("@escape_slash").truthy();
    Value n = ivar("@max_nesting");
    max_nesting_ = n.is_fixnum() ? n.fixnum_value() : 0;
    Value d = ivar("@depth");
    depth_ = d.is_fixnum() ? d.fixnum_value() : 0;
  }

  enum As { kAny = 0, kObject = 1, kArray = 2, kString = 3, kFloat = 4 };

  void write(Value v, As as) {
    switch (as) {
      case kObject: return object(v);
      case kArray: return array(v);
      case kString: return string(v);
      case kFloat: return flonum(v);
      case kAny: return any(v);
    }
  }
  void finish() { set_depth(); }
  std::string out;

 private:
  Value ivar(const char* name) { return vm_.ivar_get(state_, intern(name)); }
  std::string text(const char* name) {
    Value v = ivar(name);
    return is_string(v) ? str_std(v) : std::string();
  }
  void set_depth() { vm_.ivar_set(state_, intern("@depth"), Value::fixnum(depth_)); }

  void any(Value v) {
    RClass* k = v.is_heap() ? v.heap()->klass : nullptr;
    if (v.is_nil()) {
      out += "null";
    } else if (v.is_true()) {
      out += "true";
    } else if (v.is_false()) {
      out += "false";
    } else if (v.is_fixnum()) {
      out += std::to_string(v.fixnum_value());
    } else if (is_float(v)) {
      flonum(v);
    } else if (k == vm_.cHash) {
      object(v);
    } else if (k == vm_.cArray) {
      array(v);
    } else if (k == vm_.cString) {
      string(v);
    } else if (is_bignum(v)) {
      out += int_to_string(v);
    } else if (vm_.respond_to(v, intern("to_json"))) {
      set_depth();
      Value s = vm_.call(v, intern("to_json"), {state_});
      if (!is_string(s))
        vm_.raise(vm_.eTypeError, "wrong argument type " + vm_.class_name_of(s) + " (expected String)");
      out += str_view(s);
    } else {
      string(str_new(vm_, vm_.to_s(v)));
    }
  }

  void indent(int64_t depth) {
    if (!indent_.empty())
      for (int64_t i = 0; i < depth; ++i) out += indent_;
  }

  void enter() {
    vm_.check_c_stack();
    ++depth_;
    if (max_nesting_ != 0 && depth_ > max_nesting_) {
      --depth_;
      set_depth();
      raise_json("NestingError", "nesting of " + std::to_string(depth_) + " is too deep");
    }
  }

  void object(Value h) {
    enter();
    std::vector<Value> pairs;
    RootScope keep(vm_.heap, pairs);
    hash_each(h, [&](Value k, Value v) {
      pairs.push_back(k);
      pairs.push_back(v);
    });
    out += '{';
    for (size_t i = 0; i < pairs.size(); i += 2) {
      if (i > 0) out += ',';
      out += object_nl_;
      indent(depth_);
      Value key = pairs[i];
      string(is_string(key) ? key : key.is_symbol() ? str_new(vm_, sym_name(key.symbol_id()))
                                                     : str_new(vm_, vm_.to_s(key)));
      out += space_before_;
      out += ':';
      out += space_;
      any(pairs[i + 1]);
    }
    --depth_;
    if (!object_nl_.empty()) {
      out += object_nl_;
      indent(depth_);
    }
    out += '}';
  }

  void array(Value a) {
    enter();
    out += '[';
    out += array_nl_;
    for (int64_t i = 0; i < ary_len(a); ++i) {
      if (i > 0) {
        out += ',';
        out += array_nl_;
      }
      indent(depth_);
      any(ary_at(a, i));
    }
    --depth_;
    if (!array_nl_.empty()) {
      out += array_nl_;
      indent(depth_);
    }
    out += ']';
  }

  void flonum(Value v) {
    double d = float_value(v);
    if (!allow_nan_ && (std::isnan(d) || std::isinf(d)))
      raise_json("GeneratorError", std::string(std::isnan(d) ? "1003" : "1000") + ": " +
                                       float_to_s(d) + " not allowed in JSON");
    out += float_to_s(d);
  }

  void string(Value s) {
    Enc e = str_enc(s);
    if (e != Enc::kUtf8 && e != Enc::kUsAscii && e != Enc::kBinary &&
        !bytes_ascii(str_view(s)))
      s = vm_.call(s, intern("encode"), {enc_value(vm_, Enc::kUtf8)});
    std::string_view b = str_view(s);
    if (const char* bad = utf8_error(b)) raise_json("GeneratorError", bad);
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < b.size();) {
      auto c = static_cast<unsigned char>(b[i]);
      const char* esc = nullptr;
      switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '/': esc = escape_slash_ ? "\\/" : nullptr; break;
        default: break;
      }
      if (esc == nullptr && c >= 0x20 && (c < 0x80 || !ascii_only_)) {
        ++i;
        continue;
      }
      out.append(b.data() + run, i - run);
      if (esc != nullptr) {
        out += esc;
        ++i;
      } else if (c < 0x80) {
        unicode(c);
        ++i;
      } else {   // ascii_only: a valid UTF-8 sequence
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x7F >> len);
        for (int j = 1; j < len; ++j) cp = cp << 6 | (static_cast<unsigned char>(b[i + j]) & 0x3F);
        if (cp >= 0x10000) {
          cp -= 0x10000;
          unicode(0xD800 + (cp >> 10));
          unicode(0xDC00 + (cp & 0x3FF));
        } else {
          unicode(cp);
        }
        i += len;
      }
      run = i;
    }
    out.append(b.data() + run, b.size() - run);
    out += '"';
  }
  // json's check of a string's UTF-8 (ConvertUTF's trailing-byte counts and
  // isLegalUTF8), which decides between its two messages.
  static const char* utf8_error(std::string_view b) {
    for (size_t i = 0; i < b.size();) {
      auto c = static_cast<unsigned char>(b[i]);
      if (c < 0x80) {
        ++i;
        continue;
      }
      size_t extra = c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : c < 0xFC ? 4 : 5;
      if (i + extra >= b.size()) return "partial character in source, but hit end";
      if (!legal_utf8(reinterpret_cast<const unsigned char*>(b.data()) + i, extra + 1))
        return "source sequence is illegal/malformed utf-8";
      i += extra + 1;
    }
    return nullptr;
  }
  static bool legal_utf8(const unsigned char* s, size_t len) {
    if (len > 4) return false;
    for (size_t j = len - 1; j >= 2; --j)
      if (s[j] < 0x80 || s[j] > 0xBF) return false;
    if (len >= 2) {
      unsigned char a = s[1];
      if (a > 0xBF) return false;
      switch (s[0]) {
        case 0xE0: if (a < 0xA0) return false; break;
        case 0xED: if (a > 0x9F) return false; break;
        case 0xF0: if (a < 0x90) return false; break;
        case 0xF4: if (a > 0x8F) return false; break;
        default: if (a < 0x80) return false;
      }
    }
    if (s[0] >= 0x80 && s[0] < 0xC2) return false;
    return s[0] <= 0xF4;
  }

  void unicode(uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    out += buf;
  }

  [[noreturn]] void raise_json(const char* cls, const std::string& msg) {
    Value json = vm_.const_get(vm_.cObject, intern("JSON"));
    vm_.raise(vm_.const_get(json.as<RClass>(), intern(cls)).as<RClass>(), msg);
  }

  Vm& vm_;
  Value state_;
  std::string indent_, space_, space_before_, object_nl_, array_nl_;
  bool allow_nan_ = false, ascii_only_ = false, escape_slash_ = false;
  int64_t max_nesting_ = 0, depth_ = 0;
};

// Maglev.__json_generate(state, obj, buf, as): appends obj's JSON to buf (as: 0 any
// value, 1 a Hash's members, 2 an Array's, 3 a String, 4 a Float, whatever obj's
// class) with the State's options; its depth is back where it was afterwards.
NATIVE(json_generate) {
  UNUSED_ARGS;
  check_args(vm, argc, 4, 4);
  Generator g(vm, argv[0]);
  g.write(argv[1], static_cast<Generator::As>(to_long(vm, argv[3]) & 7));
  g.finish();
  str_append(vm, argv[2], g.out);
  return argv[2];
}

}  // namespace

void init_json(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* meta = singleton_class(vm, Value::object(maglev));
  define_native(vm, meta, "__json_parse", json_parse, 7);
  define_native(vm, meta, "__json_generate", json_generate, 4);
}

}  // namespace maglev::vm
