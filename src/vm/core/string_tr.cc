// String's character-set methods: tr/tr_s, delete, squeeze and count, with their set
// arguments ("a-z" ranges, "^" negation, "\\" escapes; several sets intersect). The
// bang forms are in the prelude (prelude/string.rb).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/core/core.h"
#include "vm/core/encoding.h"

namespace maglev::vm {

namespace {

// The length of the character at s[i]: one byte in a binary String, else up to the next
// byte that is not a UTF-8 continuation byte (as String#each_char splits).
size_t char_len(std::string_view s, size_t i, bool binary) {
  size_t j = i + 1;
  if (!binary)
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
  return j - i;
}

// The code point of one character (its byte in a binary String).
uint32_t code_point(std::string_view c, bool binary) {
  auto b0 = static_cast<unsigned char>(c[0]);
  if (binary || c.size() == 1) return b0;
  uint32_t cp = b0 & (c.size() == 2 ? 0x1F : c.size() == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < c.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(c[k]) & 0x3F);
  return cp;
}

// A set argument parsed: whether it starts with "^" (and is longer than that), and its
// characters in order with ranges expanded and escapes removed.
struct SetSpec {
  bool neg = false;
  std::vector<std::string> chars;
};
SetSpec parse_set(Vm& vm, Value arg, bool allow_neg) {
  Value str = to_str(vm, arg);
  std::string_view s = str_view(str);
  bool binary = str.heap()->flags & kFlagBinary;
  std::vector<std::string_view> cs;
  for (size_t i = 0; i < s.size();) {
    size_t n = char_len(s, i, binary);
    cs.push_back(s.substr(i, n));
    i += n;
  }
  SetSpec spec;
  size_t i = 0;
  if (allow_neg && cs.size() > 1 && cs[0] == "^") spec.neg = true, i = 1;
  while (i < cs.size()) {
    if (cs[i] == "\\" && i + 1 < cs.size()) {
      spec.chars.emplace_back(cs[i + 1]);
      i += 2;
    } else if (i + 2 < cs.size() && cs[i + 1] == "-") {
      uint32_t a = code_point(cs[i], binary), b = code_point(cs[i + 2], binary);
      if (a > b)
        vm.raise(vm.eArgumentError, "invalid range \"" + std::string(cs[i]) + "-" + std::string(cs[i + 2]) +
                                        "\" in string transliteration");
      for (uint32_t c = a; c <= b; ++c) {
        std::string ch;
        if (binary) ch += static_cast<char>(c);
        else enc_encode_cp(c, Enc::kUtf8, &ch);
        spec.chars.push_back(std::move(ch));
      }
      i += 3;
    } else {
      spec.chars.emplace_back(cs[i]);
      i += 1;
    }
  }
  return spec;
}

// One set of characters, from a set argument.
class CharSet {
 public:
  CharSet(Vm& vm, Value arg) {
    SetSpec spec = parse_set(vm, arg, true);
    neg_ = spec.neg;
    for (const std::string& c : spec.chars) {
      if (c.size() == 1) byte_[static_cast<unsigned char>(c[0])] = true;
      else wide_.insert(c);
    }
  }
  bool has(std::string_view c) const {
    bool in = c.size() == 1 ? byte_[static_cast<unsigned char>(c[0])] : wide_.count(std::string(c)) > 0;
    return in != neg_;
  }

 private:
  bool neg_ = false;
  bool byte_[256] = {};
  std::unordered_set<std::string> wide_;
};

// The intersection of set arguments; a character is in it when every set has it.
class CharSets {
 public:
  CharSets(Vm& vm, int argc, const Value* argv) {
    for (int i = 0; i < argc; ++i) sets_.emplace_back(vm, argv[i]);
  }
  bool empty() const { return sets_.empty(); }
  bool has(std::string_view c) const {
    for (const CharSet& s : sets_)
      if (!s.has(c)) return false;
    return true;
  }

 private:
  std::vector<CharSet> sets_;
};

// Calls f(char) for each character of self.
template <typename F>
void each_char(Value self, F f) {
  std::string_view s = str_view(self);
  bool binary = self.heap()->flags & kFlagBinary;
  for (size_t i = 0; i < s.size();) {
    size_t n = char_len(s, i, binary);
    f(s.substr(i, n));
    i += n;
  }
}

Value derived(Vm& vm, Value self, std::string_view bytes) {
  Value r = str_new(vm, bytes);
  copy_str_enc(r, self);
  return r;
}

}  // namespace

// delete(set, ...): self without the characters in every set.
NATIVE(str_delete) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  CharSets sets(vm, argc, argv);
  std::string out;
  each_char(self, [&](std::string_view c) {
    if (!sets.has(c)) out += c;
  });
  return derived(vm, self, out);
}

// squeeze(set, ...): runs of one character that is in every set (any character when
// there are no sets) become one.
NATIVE(str_squeeze) {
  UNUSED_ARGS;
  CharSets sets(vm, argc, argv);
  std::string out;
  std::string_view last;
  each_char(self, [&](std::string_view c) {
    if (c == last && (sets.empty() || sets.has(c))) return;
    out += c;
    last = c;
  });
  return derived(vm, self, out);
}

// count(set, ...): how many characters are in every set.
NATIVE(str_count) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, -1);
  CharSets sets(vm, argc, argv);
  int64_t n = 0;
  each_char(self, [&](std::string_view c) { n += sets.has(c); });
  return Value::fixnum(n);
}

// tr(from, to) and tr_s: without "^" the i-th character of from becomes the i-th of to
// (its last when to is shorter; a later repeat in from wins); with "^" every character
// not in from becomes to's last. An empty to deletes. squeeze (tr_s) keeps one of a run
// of equal replacements. An ASCII self that gains non-ASCII text takes to's encoding.
static Value tr_common(Vm& vm, Value self, Value from_arg, Value to_arg, bool squeeze) {
  SetSpec from = parse_set(vm, from_arg, true);
  Value to_str_v = to_str(vm, to_arg);
  std::vector<std::string> repl = parse_set(vm, to_str_v, false).chars;
  bool neg = from.neg;
  constexpr int kAbsent = -2, kDelete = -1;
  int byte_map[256];
  std::fill(std::begin(byte_map), std::end(byte_map), kAbsent);
  std::unordered_map<std::string, int> wide_map;
  int last_repl = repl.empty() ? kDelete : static_cast<int>(repl.size()) - 1;
  for (size_t i = 0; i < from.chars.size(); ++i) {
    const std::string& c = from.chars[i];
    int r = neg ? 0 : repl.empty() ? kDelete : std::min(static_cast<int>(i), last_repl);
    if (c.size() == 1) byte_map[static_cast<unsigned char>(c[0])] = r;
    else wide_map[c] = r;
  }
  std::string out;
  int last = kAbsent;   // the replacement just written; kAbsent after a kept character
  bool gained_wide = false;
  each_char(self, [&](std::string_view c) {
    int m = kAbsent;
    if (c.size() == 1) {
      m = byte_map[static_cast<unsigned char>(c[0])];
    } else {
      auto it = wide_map.find(std::string(c));
      if (it != wide_map.end()) m = it->second;
    }
    int r = neg ? (m == kAbsent ? last_repl : kAbsent) : m;
    if (r == kAbsent) {
      out += c;
      last = kAbsent;
      return;
    }
    if (r == kDelete) return;
    const std::string& rs = repl[static_cast<size_t>(r)];
    if (squeeze && last >= 0 && repl[static_cast<size_t>(last)] == rs) return;
    out += rs;
    gained_wide |= !bytes_ascii(rs);
    last = r;
  });
  Value result = derived(vm, self, out);
  if (gained_wide && str_enc(to_str_v) != str_enc(self) && str_ascii_only(self)) copy_str_enc(result, to_str_v);
  return result;
}
NATIVE(str_tr) { UNUSED_ARGS; return tr_common(vm, self, argv[0], argv[1], false); }
NATIVE(str_tr_s) { UNUSED_ARGS; return tr_common(vm, self, argv[0], argv[1], true); }

void init_string_tr(Vm& vm) {
  define_native(vm, vm.cString, "delete", str_delete, -1);
  define_native(vm, vm.cString, "squeeze", str_squeeze, -1);
  define_native(vm, vm.cString, "count", str_count, -1);
  define_native(vm, vm.cString, "tr", str_tr, 2);
  define_native(vm, vm.cString, "tr_s", str_tr_s, 2);
}

}  // namespace maglev::vm
