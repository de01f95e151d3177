// Kernel#format / String#%: the directive parser (flags, width, precision, <name> and
// {name} references, * arguments) and each conversion. Floats are printed the way
// CRuby's BSD__dtoa does it: its quick floating-point path rounds a remainder within
// a few ulps of one half to an even digit (so "%.1f" % 0.45 is "0.4" and
// "%.2f" % 2.675 is "2.68"); everything else is exact (snprintf). Negative numbers
// in %x/%o/%b without a sign flag print as two's complement ("..f01").
#include <cmath>
#include <cstring>
#include <algorithm>
#include <optional>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

const double kTens[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
const double kBigTens[] = {1e16, 1e32, 1e64, 1e128, 1e256};

struct Digits {
  std::string s;  // significant digits, no trailing zeros (may be empty for 0)
  int decpt;      // decimal point position relative to s
};

// dtoa's quick path for mode 2 (ndigits significant) or mode 3 (ndigits after the
// point) for a positive finite normal d; nullopt when dtoa would take its exact path.
std::optional<Digits> quick_dtoa(double d, int mode, int ndigits) {
  int e2;
  double m = std::frexp(d, &e2);  // d = m * 2^e2, m in [0.5, 1)
  if (d < 2.2250738585072014e-308) return std::nullopt;
  double d2 = m * 2;
  int i = e2 - 1;
  double ds = (d2 - 1.5) * 0.289529654602168 + 0.1760912590558 + i * 0.301029995663981;
  int k = static_cast<int>(ds);
  if (ds < 0. && ds != k) k--;
  bool k_check = true;
  if (k >= 0 && k <= 22) {
    if (d < kTens[k]) k--;
    k_check = false;
  }
  int ilim, ilim1;
  if (mode == 2) {
    if (ndigits <= 0) ndigits = 1;
    ilim = ilim1 = ndigits;
  } else {
    ilim = ndigits + k + 1;
    ilim1 = ilim - 1;
  }
  if (ilim < 0 || ilim > 14) return std::nullopt;
  int ieps = 2;
  int bi = 0;
  if (k > 0) {
    double t = kTens[k & 0xf];
    int j = k >> 4;
    if (j & 0x10) {
      j &= 0x10 - 1;
      d /= kBigTens[4];
      ieps++;
    }
    for (; j; j >>= 1, bi++)
      if (j & 1) {
        ieps++;
        t *= kBigTens[bi];
      }
    d /= t;
  } else if (int j1 = -k; j1 != 0) {
    d *= kTens[j1 & 0xf];
    for (int j = j1 >> 4; j; j >>= 1, bi++)
      if (j & 1) {
        ieps++;
        d *= kBigTens[bi];
      }
  }
  if (k_check && d < 1. && ilim > 0) {
    if (ilim1 <= 0) return std::nullopt;
    ilim = ilim1;
    k--;
    d *= 10.;
    ieps++;
  }
  double eps = std::ldexp(ieps * d + 7., -52);
  if (ilim == 0) {
    d -= 5.;
    if (d > eps) return Digits{"1", k + 2};
    if (d < -eps) return Digits{"", k + 1};
    return std::nullopt;
  }
  eps *= kTens[ilim - 1];
  std::string s;
  for (int n = 1;; n++, d *= 10.) {
    long L = static_cast<long>(d);
    d -= static_cast<double>(L);
    if (d == 0) ilim = n;
    s += static_cast<char>('0' + L);
    if (n == ilim) {
      bool up;
      if (d > 0.5 + eps) up = true;
      else if (d < 0.5 - eps) up = false;
      else up = (s.back() - '0') & 1;  // a near-half: round to even
      if (up) {
        size_t p = s.size();
        while (p > 0 && s[p - 1] == '9') --p;
        if (p == 0) {
          s = "1";
          k++;
        } else {
          s.resize(p);
          s[p - 1]++;
        }
      }
      break;
    }
  }
  while (!s.empty() && s.back() == '0') s.pop_back();
  return Digits{s, k + 1};
}

// Digits of |d| for %f (prec after the point) or %e/%g (ndigits significant).
Digits float_digits(double d, int mode, int nd) {
  if (d == 0) return Digits{"", 1};
  if (auto q = quick_dtoa(d, mode, nd)) return *q;
  char buf[1100];
  Digits r;
  if (mode == 3) {
    std::snprintf(buf, sizeof buf, "%.*f", nd, d);
    std::string t = buf;
    size_t dot = t.find('.');
    std::string ip = dot == std::string::npos ? t : t.substr(0, dot);
    std::string fp = dot == std::string::npos ? "" : t.substr(dot + 1);
    std::string all = ip + fp;
    int decpt = static_cast<int>(ip.size());
    size_t z = 0;
    while (z < all.size() && all[z] == '0') ++z;
    decpt -= static_cast<int>(z);
    r.s = all.substr(z);
    r.decpt = r.s.empty() ? 1 : decpt;
  } else {
    std::snprintf(buf, sizeof buf, "%.*e", std::max(nd, 1) - 1, d);
    std::string t = buf;
    size_t e = t.find('e');
    std::string mant = t.substr(0, e);
    mant.erase(std::remove(mant.begin(), mant.end(), '.'), mant.end());
    r.s = mant;
    r.decpt = std::atoi(t.c_str() + e + 1) + 1;
  }
  while (!r.s.empty() && r.s.back() == '0') r.s.pop_back();
  return r;
}

std::string fixed_from(const Digits& g, int prec, bool alt) {
  std::string ip, fp;
  if (g.decpt <= 0) {
    ip = "0";
    fp = std::string(static_cast<size_t>(-g.decpt), '0') + g.s;
  } else {
    ip = g.s.substr(0, std::min(g.s.size(), static_cast<size_t>(g.decpt)));
    ip.append(static_cast<size_t>(g.decpt) - ip.size(), '0');
    fp = g.s.size() > static_cast<size_t>(g.decpt) ? g.s.substr(static_cast<size_t>(g.decpt)) : "";
  }
  if (fp.size() > static_cast<size_t>(prec)) fp.resize(static_cast<size_t>(prec));
  fp.append(static_cast<size_t>(prec) - fp.size(), '0');
  if (ip.empty()) ip = "0";
  return prec > 0 || alt ? ip + "." + fp : ip;
}

std::string exp_from(const Digits& g, int prec, bool alt, char e) {
  std::string s = g.s.empty() ? "0" : g.s;
  int x = g.s.empty() ? 0 : g.decpt - 1;
  std::string fp = s.substr(1);
  fp.append(static_cast<size_t>(std::max(0, prec - static_cast<int>(fp.size()))), '0');
  fp.resize(static_cast<size_t>(prec));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%c%02d", e, x < 0 ? '-' : '+', x < 0 ? -x : x);
  return s.substr(0, 1) + (prec > 0 || alt ? "." + fp : "") + buf;
}

// The magnitude of d for conversion f/e/E/g/G.
std::string format_float_abs(double d, char conv, int prec, bool alt) {
  if (prec < 0) prec = 6;
  switch (conv) {
    case 'f': return fixed_from(float_digits(d, 3, prec), prec, alt);
    case 'e': case 'E': return exp_from(float_digits(d, 2, prec + 1), prec, alt, conv);
    default: {
      int p = prec == 0 ? 1 : prec;
      Digits g = float_digits(d, 2, p);
      int x = g.s.empty() ? 0 : g.decpt - 1;
      std::string r;
      if (x < -4 || x >= p) r = exp_from(g, p - 1, alt, conv == 'G' ? 'E' : 'e');
      else r = fixed_from(g, p - 1 - x, alt);
      if (!alt && r.find('.') != std::string::npos) {
        size_t epos = r.find_first_of("eE");
        std::string tail = epos == std::string::npos ? "" : r.substr(epos);
        std::string head = epos == std::string::npos ? r : r.substr(0, epos);
        while (head.back() == '0') head.pop_back();
        if (head.back() == '.') head.pop_back();
        r = head + tail;
      }
      return r;
    }
  }
}

// Two's complement digits of a negative Integer in base 2^bits, without redundant
// leading (base-1) digits: -255 in hex is "f01".
std::string twos_complement(Vm& vm, Value v, int base) {
  std::string mag = int_to_string(vm.call(v, intern("-@")), base);
  Value modulus = vm.call(Value::fixnum(base), intern("**"), {Value::fixnum(static_cast<int64_t>(mag.size()) + 1)});
  std::string s = int_to_string(vm.call(modulus, intern("+"), {v}), base);
  char top = "0123456789abcdef"[base - 1];
  size_t z = 0;
  while (z + 1 < s.size() && s[z] == top && s[z + 1] == top) ++z;
  return s.substr(z);
}

}  // namespace

std::string format_string(Vm& vm, std::string_view fmt, int argc, const Value* argv) {
  std::string out;
  int argi = 0;
  bool positional = false;
  bool by_name = false;
  auto next_arg = [&]() -> Value {
    if (by_name) vm.raise(vm.eArgumentError, "unnumbered(" + std::to_string(argi + 1) + ") mixed with named");
    if (positional) vm.raise(vm.eArgumentError, "unnumbered(" + std::to_string(argi + 1) + ") mixed with numbered");
    if (argi >= argc) vm.raise(vm.eArgumentError, "too few arguments");
    return argv[argi++];
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= fmt.size()) {
      vm.raise(vm.eArgumentError, "incomplete format specifier; use %% (double %) instead");
    }
    if (fmt[i] == '%') {
      out += '%';
      continue;
    }
    std::string flags;
    while (i < fmt.size() && std::strchr("-+ 0#", fmt[i])) flags += fmt[i++];
    Value named = Value::undef();
    int pre_width = -1;  // "%-6{name}": a width written before the name
    {
      size_t j = i;
      while (j < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[j]))) ++j;
      if (j > i && j < fmt.size() && (fmt[j] == '<' || fmt[j] == '{')) {
        pre_width = std::atoi(std::string(fmt.substr(i, j - i)).c_str());
        i = j;
      }
    }
    if (i < fmt.size() && (fmt[i] == '<' || fmt[i] == '{')) {
      char close = fmt[i] == '<' ? '>' : '}';
      bool brace = fmt[i] == '{';
      size_t end = fmt.find(close, i);
      std::string key(fmt.substr(i + 1, end - i - 1));
      std::string shown = fmt[i] + key + close;
      if (argi > 0) vm.raise(vm.eArgumentError, "named" + shown + " after unnumbered(" + std::to_string(argi) + ")");
      if (positional) vm.raise(vm.eArgumentError, "named" + shown + " after numbered");
      by_name = true;
      Value h = argc > 0 ? argv[0] : Value::nil();
      if (!is_hash(h)) vm.raise(vm.eArgumentError, "one hash required");
      named = hash_aref(vm, h, sym_value(key));
      if (named.is_nil() && hash_lookup(vm, h, sym_value(key)).is_undef())
        vm.raise(vm.eKeyError, "key" + shown + " not found");
      i = end + 1;
      if (brace) {
        std::string text = vm.to_s(named);
        int64_t chars = 0;
        for (char ch : text) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
        if (pre_width > chars) {
          std::string pad(static_cast<size_t>(pre_width - chars), ' ');
          text = flags.find('-') != std::string::npos ? text + pad : pad + text;
        }
        out += text;
        --i;
        continue;
      }
      while (i < fmt.size() && std::strchr("-+ 0#", fmt[i])) flags += fmt[i++];
    }
    int width = pre_width, prec = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      width = static_cast<int>(to_long(vm, next_arg()));
      if (width < 0) { flags += '-'; width = -width; }
      ++i;
    }
    while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
    if (i < fmt.size() && fmt[i] == '$' && width >= 0 && named.is_undef()) {
      // %N$...: an absolute argument number.
      if (by_name) vm.raise(vm.eArgumentError, "numbered(" + std::to_string(width) + ") after named");
      if (argi > 0 && !positional) vm.raise(vm.eArgumentError, "numbered(" + std::to_string(width) + ") after unnumbered(" + std::to_string(argi) + ")");
      positional = true;
      if (width < 1) vm.raise(vm.eArgumentError, "invalid index - " + std::to_string(width) + "$");
      if (width > argc) vm.raise(vm.eArgumentError, "too few arguments");
      named = argv[width - 1];
      width = -1;
      ++i;
      while (i < fmt.size() && std::strchr("-+ 0#", fmt[i])) flags += fmt[i++];
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') { prec = static_cast<int>(to_long(vm, next_arg())); ++i; }
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) prec = prec * 10 + (fmt[i++] - '0');
    }
    if (i >= fmt.size()) vm.raise(vm.eArgumentError, "malformed format string - %" + flags);
    char conv = fmt[i];
    Value arg = named.is_undef() ? Value::undef() : named;
    auto get = [&]() { return arg.is_undef() ? next_arg() : arg; };
    std::string body;
    bool left = flags.find('-') != std::string::npos;
    bool zero = flags.find('0') != std::string::npos && !left;
    bool plus = flags.find('+') != std::string::npos;
    bool space = flags.find(' ') != std::string::npos;
    switch (conv) {
      case 'd': case 'i': case 'u': {
        Value v = get();
        if (v.is_nil()) vm.raise(vm.eTypeError, "can't convert nil into Integer");
        if (is_float(v)) v = vm.call(v, intern("floor"));
        else if (is_string(v)) v = vm.fcall(vm.main_obj, intern("Integer"), 1, &v);
        else v = to_integer(vm, v);
        std::string digits = int_to_string(v);
        bool neg = !digits.empty() && digits[0] == '-';
        if (neg) digits.erase(0, 1);
        if (prec >= 0 && static_cast<int>(digits.size()) < prec) digits = std::string(prec - digits.size(), '0') + digits;
        std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
        if (zero && prec < 0 && width > 0 && static_cast<int>(digits.size() + sign.size()) < width)
          digits = std::string(width - digits.size() - sign.size(), '0') + digits;
        body = sign + digits;
        break;
      }
      case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
        Value fv = get();
        if (is_string(fv)) fv = vm.fcall(vm.main_obj, intern("Float"), 1, &fv);  // strict, as Float()
        double d = vm.to_double(fv);
        bool neg = std::signbit(d);
        if (std::isinf(d) || std::isnan(d)) {
          body = std::isnan(d) ? "NaN" : "Inf";
          neg = std::isinf(d) && d < 0;
          zero = false;
        } else if (conv == 'a' || conv == 'A') {
          char buf[512];
          std::string spec = std::string("%") + (flags.find('#') != std::string::npos ? "#" : "");
          if (prec >= 0) spec += "." + std::to_string(prec);
          spec += conv;
          std::snprintf(buf, sizeof buf, spec.c_str(), std::fabs(d));
          body = buf;
        } else {
          body = format_float_abs(std::fabs(d), conv, prec, flags.find('#') != std::string::npos);
        }
        std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
        if (zero && width > 0 && static_cast<int>(body.size() + sign.size()) < width)
          body = std::string(width - body.size() - sign.size(), '0') + body;
        body = sign + body;
        break;
      }
      case 's': case 'p': {
        Value v = get();
        body = conv == 's' ? vm.to_s(v) : vm.inspect(v);
        if (prec >= 0 && static_cast<int>(body.size()) > prec) {   // prec counts characters
          size_t cut = 0;
          for (int n = 0; cut < body.size() && n <= prec; ++cut)
            if ((static_cast<unsigned char>(body[cut]) & 0xC0) != 0x80 && n++ == prec) break;
          body.resize(cut);
        }
        break;
      }
      case 'x': case 'X': case 'o': case 'b': case 'B': {
        Value v = get();
        if (is_float(v)) v = vm.call(v, intern("floor"));
        else if (is_string(v)) v = vm.fcall(vm.main_obj, intern("Integer"), 1, &v);
        else v = to_integer(vm, v);
        int base = conv == 'o' ? 8 : (conv == 'b' || conv == 'B') ? 2 : 16;
        std::string digits = int_to_string(v, base);
        bool neg = digits[0] == '-';
        bool dots = neg && !plus && !space;
        if (dots) digits = twos_complement(vm, v, base);
        else if (neg) digits.erase(0, 1);
        if (conv == 'X') for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        char fillc = dots ? digits[0] : '0';
        if (prec >= 0 && static_cast<int>(digits.size()) < prec - (dots ? 2 : 0))
          digits = std::string(prec - (dots ? 2 : 0) - digits.size(), fillc) + digits;
        std::string prefix;
        bool is_zero = v.is_fixnum() && v.fixnum_value() == 0;
        if (flags.find('#') != std::string::npos && !is_zero) {
          if (conv == 'o') prefix = dots || digits[0] == '0' ? "" : "0";  // precision zeros already lead
          else prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'b' ? "0b" : "0B";
        }
        std::string sign = neg && !dots ? "-" : plus ? "+" : space ? " " : "";
        if (dots) prefix += "..";
        if (zero && prec < 0 && width > 0 && static_cast<int>(digits.size() + sign.size() + prefix.size()) < width)
          digits = std::string(width - digits.size() - sign.size() - prefix.size(), fillc) + digits;
        if (dots && zero && prec < 0 && width > 0) {
          // CRuby puts the fill after the "..": "%08x" % -1 is "..ffffff".
        }
        body = sign + prefix + digits;
        break;
      }
      case 'c': {
        Value v = get();
        if (is_string(v)) {
          if (str_char_length(v) != 1) vm.raise(vm.eArgumentError, "%c requires a character");
          body = str_std(v);
        } else {
          body = str_std(vm.call(to_integer(vm, v), intern("chr"), {str_new(vm, "UTF-8")}));
        }
        break;
      }
      default:
        vm.raise(vm.eArgumentError, std::string("malformed format string - %") + conv);
    }
    if (width > 0) {
      // width counts characters
      int64_t chars = 0;
      for (char ch : body) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
      if (chars < width) {
        std::string pad(static_cast<size_t>(width - chars), ' ');
        body = left ? body + pad : pad + body;
      }
    }
    out += body;
  }
  if (argi < argc && vm.debug) vm.raise(vm.eArgumentError, "too many arguments for format string");
  return out;
}


}  // namespace maglev::vm
