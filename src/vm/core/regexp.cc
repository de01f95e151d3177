// Regexp and MatchData over Oniguruma (Ruby syntax, UTF-8): compile, match with
// $~, =~, MatchData access, and the String methods that take patterns
// (sub/gsub/scan/split/index/match?/[] with a Regexp).
#include <algorithm>
#include <functional>
#include <string_view>

#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/core/onig_api.h"
#include "vm/core/regexp_source.h"
#include "vm/interp/ops.h"

namespace maglev::vm {

// Compiles pattern (src is what an error quotes) for encoding enc; raises RegexpError.
static OnigRegex compile(Vm& vm, const std::string& pattern, uint32_t opts, OnigEncoding enc, const std::string& src) {
  const OnigApi& api = onig();
  OnigOptionType o = ONIG_OPTION_NONE;
  if (opts & kReOptIgnoreCase) o |= ONIG_OPTION_IGNORECASE;
  if (opts & kReOptExtended) o |= ONIG_OPTION_EXTEND;
  if (opts & kReOptMultiline) o |= ONIG_OPTION_MULTILINE;
  OnigRegex re = nullptr;
  OnigErrorInfo einfo;
  const auto* p = reinterpret_cast<const OnigUChar*>(pattern.data());
  int r = api.new_regex(&re, p, p + pattern.size(), o, enc, api.syntax_ruby, &einfo);
  if (r != ONIG_NORMAL) {
    OnigUChar buf[ONIG_MAX_ERROR_MESSAGE_LEN];
    api.error_code_to_str(buf, r, &einfo);
    vm.raise(vm.eRegexpError, std::string(reinterpret_cast<char*>(buf)) + ": /" + src + "/");
  }
  return re;
}

Value regexp_new(Vm& vm, const std::string& src, uint32_t opts) {
  RegexpSource rs = regexp_source(src, opts);
  if (!rs.error.empty()) vm.raise(vm.eRegexpError, rs.error + ": /" + src + "/");
  const OnigApi& api = onig();
  OnigRegex re = compile(vm, rs.pattern, rs.options, rs.enc == Enc::kBinary ? api.ascii : api.utf8, src);
  auto* rx = vm.heap.make<RRegexp>(HeapType::kRegexp, vm.cRegexp);
  rx->onig = re;
  rx->onig_bytes = nullptr;
  rx->source = str_new(vm, src);
  if (rs.enc != Enc::kUtf8) set_str_enc(rx->source, rs.enc == Enc::kBinary ? Enc::kBinary : Enc::kUsAscii);
  rx->options = rs.options & (kReOptPublic | kReOptBinarySource);
  rx->basic.flags |= kFlagFrozen;
  return Value::object(rx);
}

static RRegexp* RX(Value v) { return v.as<RRegexp>(); }
static bool is_regexp(Value v) { return v.is_heap() && v.heap()->type == HeapType::kRegexp; }

// A frozen String with str's bytes and encoding: str itself when it is a frozen plain
// String, else a frozen copy. A MatchData keeps one as its string; a loop of searches
// over one subject takes one first so that each match shares it instead of copying.
static Value frozen_subject(Vm& vm, Value str) {
  if ((str.heap()->flags & kFlagFrozen) && str.heap()->klass == vm.cString) return str;
  Value frozen = str_new(vm, str_view(str));
  frozen.heap()->flags |= kFlagFrozen | (str.heap()->flags & kFlagEncoding);
  return frozen;
}

[[noreturn]] static void raise_incompatible_match(Vm& vm, Enc re, Enc str) {
  Value c = vm.const_get(vm.cEncoding, intern("CompatibilityError"));
  vm.raise(as_class(c), std::string("incompatible encoding regexp match (") + enc_name(re) + " regexp with " +
                            enc_name(str) + " string)");
}

// The compiled pattern to run over str: the regexp's own, or for a subject of a
// single-byte encoding the byte-wise twin of a US-ASCII regexp (compiled on first use);
// Encoding::CompatibilityError when a fixed encoding and the subject's disagree.
static OnigRegex pattern_for(Vm& vm, Value re, Value str) {
  RRegexp* rx = RX(re);
  Enc renc = regexp_enc(rx->options);
  Enc senc = str_enc(str);
  if (!(str.heap()->flags & kFlagBinary) && renc != Enc::kBinary) {
    if ((rx->options & kReOptNoEnc) && vm.warning_level > 0 && !bytes_ascii(str_view(str))) {
      std::fflush(stdout);
      std::fprintf(stderr, "%s:%d: warning: historical binary regexp match /.../n against %s string\n",
                   vm.current_file().c_str(), vm.current_line(), enc_name(senc));
    }
    return static_cast<OnigRegex>(rx->onig);
  }
  if (!enc_ascii_compatible(senc)) raise_incompatible_match(vm, renc, senc);
  if (renc == Enc::kUsAscii) {
    if (rx->onig_bytes == nullptr) {
      std::string src = str_std(rx->source);
      rx->onig_bytes = compile(vm, regexp_source(src, rx->options).pattern, rx->options, onig().ascii, src);
    }
    return static_cast<OnigRegex>(rx->onig_bytes);
  }
  bool bytes_subject = str.heap()->flags & kFlagBinary;
  if ((renc == Enc::kBinary) != bytes_subject && !bytes_ascii(str_view(str))) raise_incompatible_match(vm, renc, senc);
  return static_cast<OnigRegex>(rx->onig);
}

// Whether re matches str from byte `start`; builds no MatchData and leaves $~ alone.
static bool regexp_test(Vm& vm, Value re, Value str, int64_t start) {
  std::string_view s = str_view(str);
  const auto* b = reinterpret_cast<const OnigUChar*>(s.data());
  return onig().search(pattern_for(vm, re, str), b, b + s.size(), b + start, b + s.size(), nullptr,
                       ONIG_OPTION_NONE) >= 0;
}

// One search of re over s from byte `start` into region; the match's start or < 0.
static int search_into(OnigRegex r, std::string_view s, int64_t start, OnigRegion* region) {
  const auto* b = reinterpret_cast<const OnigUChar*>(s.data());
  return onig().search(r, b, b + s.size(), b + start, b + s.size(), region,
                       ONIG_OPTION_NONE);
}

// A MatchData of re over `subject` (a String that cannot change: see frozen_subject)
// with the byte offsets regs[0..n) (begin/end pairs).
static Value match_new(Vm& vm, Value re, Value subject, const int64_t* regs, size_t n) {
  auto* m = vm.heap.make<RMatch>(HeapType::kMatch, vm.cMatchData);
  m->regs = new std::vector<int64_t>(regs, regs + n);
  m->str = subject;
  m->regexp = re;
  return Value::object(m);
}

// Searches str from byte `start`; returns MatchData or nil, and sets $~.
Value regexp_search(Vm& vm, Value re, Value str, int64_t start, bool set_last = true) {
  if (!re.is_heap() || re.heap()->type != HeapType::kRegexp || !is_string(str))
    vm.raise(vm.eTypeError, vm.is_a(re, vm.cRegexp) ? std::string("uninitialized Regexp")
                                                    : "wrong argument type " + vm.class_name_of(re) + " (expected Regexp)");
  const OnigApi& api = onig();
  OnigRegion* region = api.region_new();
  int pos = search_into(pattern_for(vm, re, str), str_view(str), start, region);
  if (pos < 0) {
    api.region_free(region, 1);
    if (set_last) vm.last_match = Value::nil();
    return Value::nil();
  }
  std::vector<int64_t> regs;
  for (int i = 0; i < region->num_regs; ++i) {
    regs.push_back(region->beg[i]);
    regs.push_back(region->end[i]);
  }
  api.region_free(region, 1);
  // A frozen String cannot change under the MatchData: share it (as CRuby does), which
  // keeps scanning a large frozen string by position linear.
  Value mv = match_new(vm, re, frozen_subject(vm, str), regs.data(), regs.size());
  if (set_last) vm.last_match = mv;
  return mv;
}

// Successive searches of one pattern over one unchanging subject (sub/gsub/scan/split),
// reusing one OnigRegion and building no MatchData; an ASCII-only String pattern is
// found by a plain byte search (it matches itself literally, and an ASCII byte is
// never inside a UTF-8 character). regs() holds the last successful search's offsets.
class PatternSearch {
 public:
  PatternSearch(Vm& vm, Value pattern_arg, Value re, Value subject) : re_(re), s_(str_view(subject)) {
    std::string_view p = is_string(pattern_arg) ? str_view(pattern_arg) : std::string_view();
    literal_ = is_string(pattern_arg) && !p.empty() && bytes_ascii(p) && enc_ascii_compatible(str_enc(subject));
    if (literal_) {
      lit_ = p;
    } else {
      onig_ = pattern_for(vm, re, subject);
      region_ = onig().region_new();
    }
  }
  ~PatternSearch() {
    if (region_) onig().region_free(region_, 1);
  }
  PatternSearch(const PatternSearch&) = delete;
  PatternSearch& operator=(const PatternSearch&) = delete;

  // Searches from byte pos; on a match fills regs() and returns true.
  bool next(int64_t pos) {
    if (literal_) {
      size_t at = s_.find(lit_, static_cast<size_t>(pos));
      if (at == std::string_view::npos) return false;
      regs_.assign({static_cast<int64_t>(at), static_cast<int64_t>(at + lit_.size())});
      return true;
    }
    if (search_into(onig_, s_, pos, region_) < 0) return false;
    regs_.clear();
    for (int i = 0; i < region_->num_regs; ++i) {
      regs_.push_back(region_->beg[i]);
      regs_.push_back(region_->end[i]);
    }
    return true;
  }
  const std::vector<int64_t>& regs() const { return regs_; }
  int64_t begin() const { return regs_[0]; }
  int64_t end() const { return regs_[1]; }
  size_t groups() const { return regs_.size() / 2; }   // group 0 included
  // Group g of the last match as a new String, or nil when it did not take part.
  Value group(Vm& vm, size_t g) const {
    int64_t b = regs_[2 * g], e = regs_[2 * g + 1];
    if (b < 0) return Value::nil();
    return str_new(vm, s_.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
  }
  // The last match as a MatchData over `subject` (the String whose bytes were searched).
  Value match(Vm& vm, Value subject) const { return match_new(vm, re_, subject, regs_.data(), regs_.size()); }

 private:
  Value re_;
  std::string_view s_;
  bool literal_ = false;
  std::string_view lit_;
  OnigRegex onig_ = nullptr;
  OnigRegion* region_ = nullptr;
  std::vector<int64_t> regs_;
};

// Character <-> byte offsets in a String (UTF-8, or bytes when it is binary); a
// character index past the end gives the byte length.
static int64_t char_index(Value str, int64_t byte) { return str_byte_to_char(str, byte); }
static int64_t byte_index(Value str, int64_t chr) {
  int64_t b = str_char_to_byte(str, chr);
  return b < 0 ? str_ptr(str)->len : b;
}

static RMatch* MD(Value v) { return v.as<RMatch>(); }
static Value group(Vm& vm, Value m, int i) {
  RMatch* md = MD(m);
  if (i < 0 || static_cast<size_t>(i) * 2 >= md->regs->size()) return Value::nil();
  int64_t b = (*md->regs)[2 * i], e = (*md->regs)[2 * i + 1];
  if (b < 0) return Value::nil();
  return str_new(vm, str_view(md->str).substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
}
static int name_to_group(Vm& vm, Value m, const std::string& name) {
  OnigRegex r = static_cast<OnigRegex>(RX(MD(m)->regexp)->onig);
  int* nums = nullptr;
  const auto* nb = reinterpret_cast<const OnigUChar*>(name.data());
  int n = onig().name_to_group_numbers(r, nb, nb + name.size(), &nums);
  if (n <= 0) vm.raise(vm.eIndexError, "undefined group name reference: " + name);
  // the last matched one
  for (int k = n - 1; k >= 0; --k)
    if ((*MD(m)->regs)[2 * nums[k]] >= 0) return nums[k];
  return nums[n - 1];
}

Value backref_get(Vm& vm, int32_t n) {
  Value m = vm.last_match;
  if (n == 0) return m;
  if (m.is_nil()) return Value::nil();
  if (n > 0) return group(vm, m, n);
  RMatch* md = MD(m);
  std::string_view s = str_view(md->str);
  int64_t b = (*md->regs)[0], e = (*md->regs)[1];
  switch (n) {
    case -1: return group(vm, m, 0);
    case -2: return str_new(vm, s.substr(0, static_cast<size_t>(b)));
    case -3: return str_new(vm, s.substr(static_cast<size_t>(e)));
    default: {
      for (int i = static_cast<int>(md->regs->size() / 2) - 1; i > 0; --i)
        if ((*md->regs)[2 * i] >= 0) return group(vm, m, i);
      return Value::nil();
    }
  }
}

// Named groups of a pattern in order of their first group number.
static std::vector<std::pair<std::string, std::vector<int>>> named_groups(OnigRegex r) {
  std::vector<std::pair<std::string, std::vector<int>>> out;
  onig().foreach_name(r, [](const OnigUChar* n, const OnigUChar* e, int ng, int* gs, OnigRegex, void* arg) {
    auto* v = static_cast<std::vector<std::pair<std::string, std::vector<int>>>*>(arg);
    v->emplace_back(std::string(reinterpret_cast<const char*>(n), static_cast<size_t>(e - n)), std::vector<int>(gs, gs + ng));
    return 0;
  }, &out);
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.second[0] < b.second[0]; });
  return out;
}
// A group argument: Integer, or a name (String/Symbol).
static int group_arg(Vm& vm, Value m, Value i) {
  if (is_string(i) || i.is_symbol()) return name_to_group(vm, m, is_string(i) ? str_std(i) : sym_name(i.symbol_id()));
  int64_t k = to_long(vm, i);
  int64_t n = static_cast<int64_t>(MD(m)->regs->size() / 2);
  if (k < 0 || k >= n) vm.raise(vm.eIndexError, "index " + std::to_string(k) + " out of matches");
  return static_cast<int>(k);
}
NATIVE(re_s_last_match) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  if (argc == 0 || vm.last_match.is_nil()) return vm.last_match;
  Value m = vm.last_match;
  return vm.call(m, sym::aref, 1, argv);
}
NATIVE(re_s_new) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 3);
  if (is_regexp(argv[0])) return argv[0];
  // CRuby 3.1: an Integer is option bits, any other true value means IGNORECASE; a
  // third argument starting with "n" or "N" means NOENCODING.
  uint32_t opts = 0;
  if (argc > 1) {
    if (argv[1].is_fixnum()) opts = static_cast<uint32_t>(argv[1].fixnum_value()) & kReOptPublic;
    else if (argv[1].truthy()) opts = kReOptIgnoreCase;
  }
  if (argc > 2 && !argv[2].is_nil()) {
    std::string_view k = str_view(to_str(vm, argv[2]));
    if (!k.empty() && (k[0] == 'n' || k[0] == 'N')) opts |= kReOptNoEnc;
  }
  Value src = to_str(vm, argv[0]);
  if (str_enc(src) == Enc::kBinary) opts |= kReOptBinarySource;
  return regexp_new(vm, str_std(src), opts);
}
NATIVE(re_escape) {
  UNUSED_ARGS;
  std::string out;
  for (char c : str_view(to_str(vm, argv[0].is_symbol() ? str_new(vm, sym_name(argv[0].symbol_id())) : argv[0]))) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case ' ': out += "\\ "; break;
      default:
        if (std::strchr(".*?+^$|()[]{}\\/-#", c)) out += '\\';
        out += c;
    }
  }
  return str_new(vm, out);
}
NATIVE(re_source) {
  UNUSED_ARGS;
  Value src = str_new(vm, str_view(RX(self)->source));
  copy_str_enc(src, RX(self)->source);
  return src;
}
NATIVE(re_encoding) { UNUSED_ARGS; return enc_value(vm, regexp_enc(RX(self)->options)); }
NATIVE(re_fixed_encoding_p) { UNUSED_ARGS; return Value::boolean(RX(self)->options & kReOptFixed); }
static std::string re_opts(uint32_t o) {
  std::string s;
  if (o & 4) s += 'm';
  if (o & 1) s += 'i';
  if (o & 2) s += 'x';
  return s;
}
NATIVE(re_inspect) {
  UNUSED_ARGS;
  std::string src = str_std(RX(self)->source), out = "/";
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\\' && i + 1 < src.size()) { out += src[i]; out += src[++i]; continue; }
    if (src[i] == '/') out += '\\';
    out += src[i];
  }
  return str_new(vm, out + "/" + re_opts(RX(self)->options) + (RX(self)->options & kReOptNoEnc ? "n" : ""));
}
NATIVE(re_to_s) {
  UNUSED_ARGS;
  uint32_t o = RX(self)->options;
  std::string on = re_opts(o), off;
  if (!(o & 4)) off += 'm';
  if (!(o & 1)) off += 'i';
  if (!(o & 2)) off += 'x';
  return str_new(vm, "(?" + on + (off.empty() ? "" : "-" + off) + ":" + str_std(RX(self)->source) + ")");
}
NATIVE(re_options) { UNUSED_ARGS; return Value::fixnum(RX(self)->options & kReOptPublic); }
NATIVE(re_match) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argv[0].is_nil()) {
    vm.last_match = Value::nil();
    return Value::nil();
  }
  Value s = argv[0].is_symbol() ? str_new(vm, sym_name(argv[0].symbol_id())) : to_str(vm, argv[0]);
  int64_t pos = argc > 1 ? to_long(vm, argv[1]) : 0;
  if (pos < 0) pos += str_char_length(s);
  Value m = regexp_search(vm, self, s, byte_index(s, pos));
  if (!m.is_nil() && !block.is_nil()) return vm.yield1(block, m);
  return m;
}
NATIVE(re_match_p) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  if (argv[0].is_nil()) return Value::f();
  Value s = argv[0].is_symbol() ? str_new(vm, sym_name(argv[0].symbol_id())) : to_str(vm, argv[0]);
  int64_t pos = argc > 1 ? to_long(vm, argv[1]) : 0;
  if (pos < 0) pos += str_char_length(s);
  if (pos < 0) return Value::f();
  return Value::boolean(regexp_test(vm, self, s, byte_index(s, pos)));
}
NATIVE(re_eqtilde) {
  UNUSED_ARGS;
  if (argv[0].is_nil()) {
    vm.last_match = Value::nil();
    return Value::nil();
  }
  Value s = argv[0].is_symbol() ? str_new(vm, sym_name(argv[0].symbol_id())) : to_str(vm, argv[0]);
  Value m = regexp_search(vm, self, s, 0);
  if (m.is_nil()) return m;
  return Value::fixnum(char_index(s, (*MD(m)->regs)[0]));
}
NATIVE(re_eqq) {
  UNUSED_ARGS;
  if (!is_string(argv[0]) && !argv[0].is_symbol()) return Value::f();
  Value s = argv[0].is_symbol() ? str_new(vm, sym_name(argv[0].symbol_id())) : argv[0];
  return Value::boolean(!regexp_search(vm, self, s, 0).is_nil());
}
NATIVE(re_eq) {
  UNUSED_ARGS;
  if (!is_regexp(argv[0])) return Value::f();
  uint32_t a = RX(self)->options, b = RX(argv[0])->options, flags = kReOptIgnoreCase | kReOptExtended | kReOptMultiline;
  return Value::boolean(str_view(RX(self)->source) == str_view(RX(argv[0])->source) && (a & flags) == (b & flags) &&
                        regexp_enc(a) == regexp_enc(b));
}
NATIVE(re_names) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  OnigRegex r = static_cast<OnigRegex>(RX(self)->onig);
  for (auto& n : named_groups(r)) ary_push(vm, a, str_new(vm, n.first));
  return a;
}
NATIVE(re_named_captures) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  for (auto& n : named_groups(static_cast<OnigRegex>(RX(self)->onig))) {
    Value nums = ary_new(vm);
    for (int g : n.second) ary_push(vm, nums, Value::fixnum(g));
    hash_aset(vm, h, str_new(vm, n.first), nums);
  }
  return h;
}
NATIVE(re_hash) {
  UNUSED_ARGS;
  auto h = static_cast<int64_t>(std::hash<std::string_view>{}(str_view(RX(self)->source)) >> 3);
  return Value::fixnum(h ^ (RX(self)->options & (kReOptIgnoreCase | kReOptExtended | kReOptMultiline)));
}
NATIVE(re_casefold) { UNUSED_ARGS; return Value::boolean(RX(self)->options & 1); }
// Regexp.union(pat, ...) / Regexp.union([pat, ...]): strings are escaped, Regexps
// embedded with their options ((?-mix:...)); no pattern gives /(?!)/.
NATIVE(re_s_union) {
  UNUSED_ARGS;
  if (argc == 1 && is_array(argv[0])) return re_s_union(vm, self, static_cast<int>(ary_len(argv[0])), ary_ptr(argv[0])->ptr, block);
  if (argc == 0) return regexp_new(vm, "(?!)", 0);
  if (argc == 1 && is_regexp(argv[0])) return argv[0];
  std::string src;
  for (int i = 0; i < argc; ++i) {
    if (i) src += '|';
    Value p = argv[i];
    if (is_regexp(p)) {
      src += argc == 1 ? str_std(RX(p)->source) : str_std(vm.call(p, intern("to_s")));
    } else {
      Value s = p.is_symbol() ? str_new(vm, sym_name(p.symbol_id())) : to_str(vm, p);
      src += str_std(re_escape(vm, Value::nil(), 1, &s, Value::nil()));
    }
  }
  return regexp_new(vm, src, 0);
}

// --- MatchData -----------------------------------------------------------------
NATIVE(md_aref) {
  UNUSED_ARGS;
  Value i = argv[0];
  if (is_string(i) || i.is_symbol()) {
    std::string name = is_string(i) ? str_std(i) : sym_name(i.symbol_id());
    return group(vm, self, name_to_group(vm, self, name));
  }
  if (argc == 2 || is_range(i)) return vm.call(vm.call(self, intern("to_a")), sym::aref, argc, argv);
  int64_t k = to_long(vm, i);
  int64_t n = static_cast<int64_t>(MD(self)->regs->size() / 2);
  if (k < 0) k += n;
  return group(vm, self, static_cast<int>(k));
}
NATIVE(md_to_a) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (size_t i = 0; i < MD(self)->regs->size() / 2; ++i) ary_push(vm, a, group(vm, self, static_cast<int>(i)));
  return a;
}
NATIVE(md_captures) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (size_t i = 1; i < MD(self)->regs->size() / 2; ++i) ary_push(vm, a, group(vm, self, static_cast<int>(i)));
  return a;
}
NATIVE(md_named_captures) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  Value names = re_names(vm, MD(self)->regexp, 0, nullptr, Value::nil());
  for (int64_t i = 0; i < ary_len(names); ++i) {
    std::string n = str_std(ary_at(names, i));
    hash_aset(vm, h, ary_at(names, i), group(vm, self, name_to_group(vm, self, n)));
  }
  return h;
}
NATIVE(md_names) { UNUSED_ARGS; return re_names(vm, MD(self)->regexp, 0, nullptr, Value::nil()); }
NATIVE(md_pre) { UNUSED_ARGS; return str_new(vm, str_view(MD(self)->str).substr(0, static_cast<size_t>((*MD(self)->regs)[0]))); }
NATIVE(md_post) { UNUSED_ARGS; return str_new(vm, str_view(MD(self)->str).substr(static_cast<size_t>((*MD(self)->regs)[1]))); }
NATIVE(md_to_s) { UNUSED_ARGS; return group(vm, self, 0); }
NATIVE(md_begin) {
  UNUSED_ARGS;
  int k = group_arg(vm, self, argv[0]);
  int64_t b = (*MD(self)->regs)[2 * k];
  return b < 0 ? Value::nil() : Value::fixnum(char_index(MD(self)->str, b));
}
NATIVE(md_end) {
  UNUSED_ARGS;
  int k = group_arg(vm, self, argv[0]);
  int64_t e = (*MD(self)->regs)[2 * k + 1];
  return e < 0 ? Value::nil() : Value::fixnum(char_index(MD(self)->str, e));
}
NATIVE(md_offset) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  ary_push(vm, a, md_begin(vm, self, 1, argv, block));
  ary_push(vm, a, md_end(vm, self, 1, argv, block));
  return a;
}
NATIVE(md_byteoffset) {
  UNUSED_ARGS;
  int k = group_arg(vm, self, argv[0]);
  int64_t b = (*MD(self)->regs)[2 * k], e = (*MD(self)->regs)[2 * k + 1];
  Value a = ary_new(vm);
  ary_push(vm, a, b < 0 ? Value::nil() : Value::fixnum(b));
  ary_push(vm, a, e < 0 ? Value::nil() : Value::fixnum(e));
  return a;
}
NATIVE(md_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!o.is_heap() || o.heap()->type != HeapType::kMatch) return Value::f();
  return Value::boolean(str_view(MD(self)->str) == str_view(MD(o)->str) && *MD(self)->regs == *MD(o)->regs &&
                        vm.equal(MD(self)->regexp, MD(o)->regexp));
}
NATIVE(md_size) { UNUSED_ARGS; return Value::fixnum(static_cast<int64_t>(MD(self)->regs->size() / 2)); }
NATIVE(md_string) { UNUSED_ARGS; return MD(self)->str; }
NATIVE(md_regexp) { UNUSED_ARGS; return MD(self)->regexp; }
NATIVE(md_inspect) {
  UNUSED_ARGS;
  std::string s = "#<MatchData " + vm.inspect(group(vm, self, 0));
  Value names = re_names(vm, MD(self)->regexp, 0, nullptr, Value::nil());
  for (size_t i = 1; i < MD(self)->regs->size() / 2; ++i) {
    std::string label = static_cast<int64_t>(i) <= ary_len(names) ? str_std(ary_at(names, static_cast<int64_t>(i) - 1)) : std::to_string(i);
    s += " " + label + ":" + vm.inspect(group(vm, self, static_cast<int>(i)));
  }
  return str_new(vm, s + ">");
}

// --- String methods with patterns -------------------------------------------------
// A Regexp for a pattern argument: a String matches itself literally. The Regexps of
// recent String patterns are kept (vm.pattern_cache: [string, regexp] pairs by hash)
// so that `s.sub("x", ...)` in a loop does not compile a new one every call.
static Value to_pattern(Vm& vm, Value p) {
  if (is_regexp(p)) return p;
  if (!is_string(p)) {
    Value esc = re_escape(vm, Value::nil(), 1, &p, Value::nil());
    return regexp_new(vm, str_std(esc), 0);
  }
  constexpr size_t kSlots = 16;
  if (vm.pattern_cache.is_nil()) {
    vm.pattern_cache = ary_new(vm, 2 * kSlots);
    for (size_t i = 0; i < 2 * kSlots; ++i) ary_push(vm, vm.pattern_cache, Value::nil());
  }
  std::string_view bytes = str_view(p);
  uint16_t binary = p.heap()->flags & kFlagBinary;
  int64_t slot = static_cast<int64_t>(std::hash<std::string_view>{}(bytes) % kSlots);
  Value key = ary_at(vm.pattern_cache, 2 * slot);
  if (!key.is_nil() && str_view(key) == bytes && (key.heap()->flags & kFlagBinary) == binary)
    return ary_at(vm.pattern_cache, 2 * slot + 1);
  Value esc = re_escape(vm, Value::nil(), 1, &p, Value::nil());
  Value re = regexp_new(vm, str_std(esc), binary ? kReOptBinarySource : 0);
  Value copy = str_new(vm, bytes);
  copy.heap()->flags |= binary;
  ary_store(vm, vm.pattern_cache, 2 * slot, copy);
  ary_store(vm, vm.pattern_cache, 2 * slot + 1, re);
  return re;
}
NATIVE(str_eqtilde) {
  UNUSED_ARGS;
  if (is_string(argv[0])) vm.raise(vm.eTypeError, "wrong argument type String (expected Regexp)");
  Value s = self;
  return vm.call(argv[0], sym::match, 1, &s);
}
NATIVE(str_match) {
  UNUSED_ARGS;
  Value re = to_pattern(vm, argv[0]);
  Value args[2] = {self, argc > 1 ? argv[1] : Value::fixnum(0)};
  return re_match(vm, re, 2, args, block);
}
NATIVE(str_match_p) {
  UNUSED_ARGS;
  Value re = to_pattern(vm, argv[0]);
  Value args[2] = {self, argc > 1 ? argv[1] : Value::fixnum(0)};
  return re_match_p(vm, re, 2, args, block);
}
// Expands \1, \0, \k<name>, \\ in a replacement string.
static std::string expand_repl(Vm& vm, const std::string& repl, Value m) {
  std::string out;
  for (size_t i = 0; i < repl.size(); ++i) {
    char c = repl[i];
    if (c != '\\' || i + 1 >= repl.size()) {
      out += c;
      continue;
    }
    char d = repl[++i];
    if (std::isdigit(static_cast<unsigned char>(d))) {
      Value g = group(vm, m, d - '0');
      if (!g.is_nil()) out += str_view(g);
    } else if (d == '&') {
      out += str_view(group(vm, m, 0));
    } else if (d == '`') {
      out += str_view(md_pre(vm, m, 0, nullptr, Value::nil()));
    } else if (d == '\'') {
      out += str_view(md_post(vm, m, 0, nullptr, Value::nil()));
    } else if (d == 'k' && i + 1 < repl.size() && repl[i + 1] == '<') {
      size_t end = repl.find('>', i);
      std::string name = repl.substr(i + 2, end - i - 2);
      Value g = group(vm, m, name_to_group(vm, m, name));
      if (!g.is_nil()) out += str_view(g);
      i = end;
    } else if (d == '\\') {
      out += '\\';
    } else {
      out += '\\';
      out += d;
    }
  }
  return out;
}
// A new String of `bytes` with self's encoding (a binary string stays binary).
static Value str_like(Vm& vm, Value self, std::string_view bytes) {
  return (self.heap()->flags & kFlagBinary) ? str_new_binary(vm, bytes) : str_new(vm, bytes);
}
// Bytes from byte `from` to the end of the character that starts there (at least one).
static int64_t next_char(std::string_view s, int64_t from) {
  int64_t next = from + 1, n = static_cast<int64_t>(s.size());
  while (next < n && (static_cast<unsigned char>(s[next]) & 0xC0) == 0x80) ++next;
  return next;
}
static Value sub_common(Vm& vm, Value self, int argc, const Value* argv, Value block, bool global) {
  check_args(vm, argc, 1, 2);
  Value re = to_pattern(vm, argv[0]);
  if (argc == 1 && block.is_nil()) vm.raise_arity(argc, 2, 2);
  Value src_str = frozen_subject(vm, self);
  std::string_view src = str_view(src_str);
  Value hash = argc > 1 && is_hash(argv[1]) ? argv[1] : Value::nil();
  Value repl = argc > 1 && hash.is_nil() ? to_str(vm, argv[1]) : Value::nil();
  std::string repl_bytes = repl.is_nil() ? std::string() : str_std(repl);
  bool plain_repl = repl_bytes.find('\\') == std::string::npos;
  PatternSearch search(vm, argv[0], re, src_str);
  std::string out;
  int64_t pos = 0, n = static_cast<int64_t>(src.size());
  bool any = false;
  while (pos <= n && search.next(pos)) {
    any = true;
    int64_t b = search.begin(), e = search.end();
    out.append(src, static_cast<size_t>(pos), static_cast<size_t>(b - pos));
    if (!hash.is_nil()) {
      out += vm.to_s(hash_aref(vm, hash, search.group(vm, 0)));
    } else if (!repl.is_nil()) {
      if (plain_repl) out += repl_bytes;
      else out += expand_repl(vm, repl_bytes, search.match(vm, src_str));
    } else {
      Value m = search.match(vm, src_str);
      vm.last_match = m;
      out += vm.to_s(vm.yield1(block, search.group(vm, 0)));
      vm.last_match = m;
    }
    if (e == b) {
      if (e < n) {
        int64_t next = next_char(src, e);
        out.append(src, static_cast<size_t>(e), static_cast<size_t>(next - e));
        pos = next;
      } else {
        pos = e + 1;
      }
    } else {
      pos = e;
    }
    if (!global) break;
  }
  if (!any) {
    vm.last_match = Value::nil();
    return Value::undef();
  }
  if (pos < n) out.append(src, static_cast<size_t>(pos), std::string::npos);
  // $~ after sub/gsub is the last successful match.
  vm.last_match = search.match(vm, src_str);
  return str_like(vm, self, out);
}
NATIVE(str_sub) {
  UNUSED_ARGS;
  Value r = sub_common(vm, self, argc, argv, block, false);
  return r.is_undef() ? str_like(vm, self, str_view(self)) : r;
}
NATIVE(str_gsub) {
  UNUSED_ARGS;
  if (argc == 1 && block.is_nil()) return make_enumerator(vm, self, intern("gsub"), argc, argv);
  Value r = sub_common(vm, self, argc, argv, block, true);
  return r.is_undef() ? str_like(vm, self, str_view(self)) : r;
}
NATIVE(str_sub_bang) {
  UNUSED_ARGS;
  if (self.heap()->frozen()) vm.raise_frozen(self);
  Value r = sub_common(vm, self, argc, argv, block, false);
  if (r.is_undef()) return Value::nil();
  str_set(vm, self, str_view(r));
  return self;
}
NATIVE(str_gsub_bang) {
  UNUSED_ARGS;
  if (self.heap()->frozen()) vm.raise_frozen(self);
  Value r = sub_common(vm, self, argc, argv, block, true);
  if (r.is_undef()) return Value::nil();
  str_set(vm, self, str_view(r));
  return self;
}
NATIVE(str_scan) {
  UNUSED_ARGS;
  Value re = to_pattern(vm, argv[0]);
  Value out = ary_new(vm);
  Value src = frozen_subject(vm, self);
  PatternSearch search(vm, argv[0], re, src);
  int64_t pos = 0, n = str_ptr(src)->len;
  bool any = false;
  while (pos <= n && search.next(pos)) {
    any = true;
    int64_t b = search.begin(), e = search.end();
    Value item;
    if (search.groups() > 1) {
      item = ary_new(vm);
      for (size_t g = 1; g < search.groups(); ++g) ary_push(vm, item, search.group(vm, g));
    } else {
      item = search.group(vm, 0);
    }
    if (block.is_nil()) {
      ary_push(vm, out, item);
    } else {
      Value m = search.match(vm, src);
      vm.last_match = m;
      vm.yield1(block, item);
      vm.last_match = m;
    }
    pos = e == b ? e + 1 : e;
  }
  // $~ after scan is its last successful match.
  vm.last_match = any ? search.match(vm, src) : Value::nil();
  return block.is_nil() ? out : self;
}
NATIVE(str_split_re) {
  UNUSED_ARGS;
  Value re = argv[0];
  int64_t limit = argc > 1 ? to_long(vm, argv[1]) : 0;
  Value out = ary_new(vm);
  Value src = frozen_subject(vm, self);
  std::string_view s = str_view(src);
  PatternSearch search(vm, re, re, src);
  int64_t start = 0, pos = 0, n = static_cast<int64_t>(s.size());
  while (pos <= n) {
    if (limit > 0 && ary_len(out) == limit - 1) break;
    if (!search.next(pos)) break;
    int64_t b = search.begin(), e = search.end();
    if (e == b) {
      if (b >= n) break;
      if (b == start) {
        int64_t next = next_char(s, b);
        pos = next;
        ary_push(vm, out, str_new(vm, s.substr(start, next - start)));
        start = next;
        continue;
      }
    }
    ary_push(vm, out, str_new(vm, s.substr(start, b - start)));
    for (size_t g = 1; g < search.groups(); ++g) {
      Value gv = search.group(vm, g);
      if (!gv.is_nil()) ary_push(vm, out, gv);
    }
    start = e;
    pos = e == b ? e + 1 : e;
  }
  ary_push(vm, out, str_new(vm, s.substr(static_cast<size_t>(std::min(start, n)))));
  if (limit == 0)
    while (ary_len(out) > 0 && str_ptr(ary_at(out, ary_len(out) - 1))->len == 0) --ary_ptr(out)->len;
  return out;
}
NATIVE(str_index_re) {
  UNUSED_ARGS;
  int64_t start = argc > 1 ? to_long(vm, argv[1]) : 0;
  if (start < 0) start += str_char_length(self);
  Value m = regexp_search(vm, argv[0], self, byte_index(self, start));
  if (m.is_nil()) return m;
  return Value::fixnum(char_index(self, (*MD(m)->regs)[0]));
}
NATIVE(str_aref_match) {
  UNUSED_ARGS;
  Value re = to_pattern(vm, argv[0]);
  Value m = regexp_search(vm, re, self, 0);
  if (m.is_nil()) return m;
  if (argc > 1) {
    if (is_string(argv[1]) || argv[1].is_symbol()) return md_aref(vm, m, 1, argv + 1, Value::nil());
    return group(vm, m, static_cast<int>(to_long(vm, argv[1])));
  }
  return group(vm, m, 0);
}
NATIVE(str_start_with_re) {
  UNUSED_ARGS;
  Value m = regexp_search(vm, argv[0], self, 0);
  return Value::boolean(!m.is_nil() && (*MD(m)->regs)[0] == 0);
}

void init_regexp(Vm& vm) {
  RClass* c = vm.cRegexp;
  RClass* meta = singleton_class(vm, Value::object(c));
  define_native(vm, meta, "new", re_s_new, -1);
  define_native(vm, meta, "compile", re_s_new, -1);
  define_native(vm, meta, "escape", re_escape, 1);
  define_native(vm, meta, "quote", re_escape, 1);
  define_native(vm, meta, "union", re_s_union, -1);
  define_native(vm, meta, "last_match", re_s_last_match, -1);
  vm.const_set(c, intern("IGNORECASE"), Value::fixnum(1));
  vm.const_set(c, intern("EXTENDED"), Value::fixnum(2));
  vm.const_set(c, intern("MULTILINE"), Value::fixnum(4));
  vm.const_set(c, intern("FIXEDENCODING"), Value::fixnum(kReOptFixed));
  vm.const_set(c, intern("NOENCODING"), Value::fixnum(kReOptNoEnc));
  struct { RClass* k; const char* name; NativeFn fn; int arity; } methods[] = {
      {c, "source", re_source, 0}, {c, "inspect", re_inspect, 0}, {c, "to_s", re_to_s, 0},
      {c, "options", re_options, 0}, {c, "match", re_match, -1}, {c, "match?", re_match_p, -1},
      {c, "=~", re_eqtilde, 1}, {c, "===", re_eqq, 1}, {c, "==", re_eq, 1}, {c, "eql?", re_eq, 1},
      {c, "names", re_names, 0}, {c, "named_captures", re_named_captures, 0},
      {c, "hash", re_hash, 0}, {c, "casefold?", re_casefold, 0},
      {c, "encoding", re_encoding, 0}, {c, "fixed_encoding?", re_fixed_encoding_p, 0},
      {vm.cMatchData, "offset", md_offset, 1}, {vm.cMatchData, "byteoffset", md_byteoffset, 1},
      {vm.cMatchData, "==", md_eq, 1}, {vm.cMatchData, "eql?", md_eq, 1},
      {vm.cMatchData, "[]", md_aref, -1}, {vm.cMatchData, "to_a", md_to_a, 0},
      {vm.cMatchData, "captures", md_captures, 0}, {vm.cMatchData, "named_captures", md_named_captures, 0},
      {vm.cMatchData, "names", md_names, 0}, {vm.cMatchData, "pre_match", md_pre, 0},
      {vm.cMatchData, "post_match", md_post, 0}, {vm.cMatchData, "to_s", md_to_s, 0},
      {vm.cMatchData, "begin", md_begin, 1}, {vm.cMatchData, "end", md_end, 1},
      {vm.cMatchData, "size", md_size, 0}, {vm.cMatchData, "length", md_size, 0},
      {vm.cMatchData, "string", md_string, 0}, {vm.cMatchData, "regexp", md_regexp, 0},
      {vm.cMatchData, "inspect", md_inspect, 0},
      {vm.cString, "=~", str_eqtilde, 1}, {vm.cString, "match", str_match, -1},
      {vm.cString, "match?", str_match_p, -1}, {vm.cString, "sub", str_sub, -1},
      {vm.cString, "gsub", str_gsub, -1}, {vm.cString, "sub!", str_sub_bang, -1},
      {vm.cString, "gsub!", str_gsub_bang, -1}, {vm.cString, "scan", str_scan, 1},
      {vm.cString, "__split_re", str_split_re, -1}, {vm.cString, "__index_re", str_index_re, -1},
      {vm.cString, "__aref_match", str_aref_match, -1},
      {vm.cString, "__start_with_re", str_start_with_re, 1}};
  for (auto& m : methods) define_native(vm, m.k, m.name, m.fn, m.arity);
  MethodEntry undef;   // MatchData.new/allocate are undefined, as CRuby
  undef.kind = MethodEntry::Kind::kUndefined;
  RClass* md_meta = singleton_class(vm, Value::object(vm.cMatchData));
  define_method_entry(vm, md_meta, sym::new_, undef);
  define_method_entry(vm, md_meta, sym::allocate, undef);
}

}  // namespace maglev::vm
