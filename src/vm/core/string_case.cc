// String case mapping: upcase/downcase/capitalize/swapcase (and their bang forms) with
// Unicode simple case mapping for Latin-1, Latin Extended-A, Greek and Cyrillic
// (plus ß -> SS), the :ascii option, and casecmp/casecmp?. Symbol's case methods call
// these through the String methods.
#include <cstring>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

// Decodes one UTF-8 character at s[i]; returns its length (1 for invalid bytes).
int utf8_decode(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFFFFFF;
    return 1;
  }
  if (len == 1) {
    cp = c;
    return 1;
  }
  cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      cp = 0xFFFFFFFF;
      return 1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  return len;
}

void utf8_encode(std::string& out, uint32_t cp) {
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

// In Latin Extended-A, pairs are (even upper, odd lower) except in these two runs.
bool odd_upper_run(uint32_t c) { return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E); }

uint32_t to_lower(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if (c == 0x138 || c == 0x149 || c == 0x17F || c == 0x131) return c;
    if (odd_upper_run(c)) return c % 2 == 1 ? c + 1 : c;
    return c % 2 == 0 ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1 ? c + 1 : c;
    if (c == 0x4C0) return 0x4CF;
    return c % 2 == 0 ? c + 1 : c;
  }
  if (c >= 0x1E00 && c <= 0x1EFF && c != 0x1E9E && !(c >= 0x1E96 && c <= 0x1E9F)) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x1E9E) return 0xDF;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  return c;
}

uint32_t to_upper(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (c == 0xB5) return 0x39C;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x178) return c;
    if (odd_upper_run(c)) return c % 2 == 0 ? c - 1 : c;
    return c % 2 == 1 ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3CB) return c == 0x3C2 ? 0x3A3 : c - 32;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 0 ? c - 1 : c;
    if (c == 0x4CF) return 0x4C0;
    return c % 2 == 1 ? c - 1 : c;
  }
  if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) return c % 2 == 1 ? c - 1 : c;
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
  return c;
}

enum class Mode { kUp, kDown, kCapitalize, kSwap };

// Options: no argument (full Unicode), :ascii, :turkic, :lithuanian, :fold.
bool ascii_only_option(Vm& vm, int argc, const Value* argv) {
  bool ascii = false;
  for (int i = 0; i < argc; ++i) {
    if (!argv[i].is_symbol()) vm.raise(vm.eArgumentError, "invalid option");
    const std::string& n = sym_name(argv[i].symbol_id());
    if (n == "ascii") ascii = true;
    else if (n != "turkic" && n != "lithuanian" && n != "fold")
      vm.raise(vm.eArgumentError, "invalid option: " + vm.inspect(argv[i]));
  }
  return ascii;
}

std::string map_case(std::string_view s, Mode mode, bool ascii, bool binary) {
  std::string out;
  out.reserve(s.size());
  bool first = true;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    int len = binary ? 1 : utf8_decode(s, i, cp);
    if (binary) cp = static_cast<unsigned char>(s[i]);
    if (cp == 0xFFFFFFFF || ((ascii || binary) && cp >= 0x80)) {
      out.append(s.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
      first = false;
      continue;
    }
    bool up;
    switch (mode) {
      case Mode::kUp: up = true; break;
      case Mode::kDown: up = false; break;
      case Mode::kCapitalize: up = first; break;
      default: up = to_lower(cp) == cp; break;
    }
    first = false;
    if (up && cp == 0xDF) {
      out += mode == Mode::kCapitalize ? "Ss" : "SS";
    } else {
      utf8_encode(out, up ? to_upper(cp) : to_lower(cp));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

Value case_new(Vm& vm, Value self, int argc, const Value* argv, Mode mode) {
  bool ascii = ascii_only_option(vm, argc, argv);
  bool binary = self.heap()->flags & kFlagBinary;
  Value r = str_new(vm, map_case(str_view(self), mode, ascii, binary));
  copy_str_enc(r, self);
  return r;
}

Value case_bang(Vm& vm, Value self, int argc, const Value* argv, Mode mode) {
  bool ascii = ascii_only_option(vm, argc, argv);
  if (self.heap()->frozen()) vm.raise_frozen(self);
  std::string r = map_case(str_view(self), mode, ascii, self.heap()->flags & kFlagBinary);
  if (r == str_view(self)) return Value::nil();
  str_set(vm, self, r);
  return self;
}

}  // namespace

NATIVE(str_upcase) { UNUSED_ARGS; return case_new(vm, self, argc, argv, Mode::kUp); }
NATIVE(str_downcase) { UNUSED_ARGS; return case_new(vm, self, argc, argv, Mode::kDown); }
NATIVE(str_capitalize) { UNUSED_ARGS; return case_new(vm, self, argc, argv, Mode::kCapitalize); }
NATIVE(str_swapcase) { UNUSED_ARGS; return case_new(vm, self, argc, argv, Mode::kSwap); }
NATIVE(str_upcase_bang) { UNUSED_ARGS; return case_bang(vm, self, argc, argv, Mode::kUp); }
NATIVE(str_downcase_bang) { UNUSED_ARGS; return case_bang(vm, self, argc, argv, Mode::kDown); }
NATIVE(str_capitalize_bang) { UNUSED_ARGS; return case_bang(vm, self, argc, argv, Mode::kCapitalize); }
NATIVE(str_swapcase_bang) { UNUSED_ARGS; return case_bang(vm, self, argc, argv, Mode::kSwap); }

// casecmp: ASCII-only folding, -1/0/1, nil for a non-String.
NATIVE(str_casecmp) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_string(o) && !(o.is_heap() && vm.respond_to(o, sym::to_str, false))) return Value::nil();
  std::string a = map_case(str_view(self), Mode::kDown, true, false);
  std::string b = map_case(str_view(to_str(vm, o)), Mode::kDown, true, false);
  int c = a.compare(b);
  return Value::fixnum(c < 0 ? -1 : c > 0);
}
// casecmp?: Unicode folding; nil for a non-String.
NATIVE(str_casecmp_p) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!is_string(o) && !(o.is_heap() && vm.respond_to(o, sym::to_str, false))) return Value::nil();
  // full case folding takes ß (and ẞ, which downcases to it) to "ss"
  auto fold = [](std::string s) {
    for (size_t i = 0; (i = s.find("\xC3\x9F", i)) != std::string::npos;) s.replace(i, 2, "ss");
    return s;
  };
  std::string a = fold(map_case(str_view(self), Mode::kDown, false, false));
  std::string b = fold(map_case(str_view(to_str(vm, o)), Mode::kDown, false, false));
  return Value::boolean(a == b);
}

void init_string_case(Vm& vm) {
  struct { const char* name; NativeFn fn; } methods[] = {
      {"upcase", str_upcase}, {"downcase", str_downcase}, {"capitalize", str_capitalize},
      {"swapcase", str_swapcase}, {"upcase!", str_upcase_bang}, {"downcase!", str_downcase_bang},
      {"capitalize!", str_capitalize_bang}, {"swapcase!", str_swapcase_bang}};
  for (auto& m : methods) define_native(vm, vm.cString, m.name, m.fn, -1);
  define_native(vm, vm.cString, "casecmp", str_casecmp, 1);
  define_native(vm, vm.cString, "casecmp?", str_casecmp_p, 1);
}

}  // namespace maglev::vm
