// Time's natives: the clock, proleptic Gregorian calendar arithmetic for any int64
// second, the system time zone (localtime_r/mktime, so TZ is honoured) and strftime
// with CRuby's flags. A Time's state is plain instance variables kept by
// prelude/time.rb (Time.__alloc and __now set them); the other natives take and return
// plain values.
#include <cstdio>
#include <cstring>
#include <ctime>

#include "vm/compile/code.h"
#include "vm/core/core.h"

namespace maglev::vm {

namespace {

constexpr int64_t kDay = 86400;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// Days since 1970-01-01 of a proleptic Gregorian date (mon 1..12; mday may run past
// the month's end, which carries into the next months).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = floor_div(y, 400);
  int64_t yoe = y - era * 400;                                   // [0, 399]
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  // [0, 365]
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
  return era * 146097 + doe - 719468;
}

// Broken-down time, as Time#to_a and strftime see it.
struct Tm {
  int64_t year = 1970;
  int mon = 1, mday = 1, hour = 0, min = 0, sec = 0, wday = 4, yday = 1;
  bool isdst = false;
  int64_t utc_offset = 0;
  bool has_zone = false;
  std::string zone;
};

// The UTC calendar fields of `t` seconds since the Epoch.
Tm civil(int64_t t) {
  Tm tm;
  int64_t days = floor_div(t, kDay), secs = t - days * kDay;
  tm.hour = static_cast<int>(secs / 3600);
  tm.min = static_cast<int>(secs / 60 % 60);
  tm.sec = static_cast<int>(secs % 60);
  tm.wday = static_cast<int>(floor_mod(days + 4, 7));
  int64_t z = days + 719468;
  int64_t era = floor_div(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  tm.mday = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  tm.mon = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  tm.year = yoe + era * 400 + (tm.mon <= 2);
  tm.yday = static_cast<int>(days - days_from_civil(tm.year, 1, 1) + 1);
  return tm;
}

int64_t int_arg(Vm& vm, Value v) {
  if (!v.is_fixnum()) vm.raise(vm.eRangeError, "time out of range");
  return v.fixnum_value();
}

// The broken-down local time of `t` (the C library's zone, TZ). Times the C library
// cannot represent fall back to UTC's fields.
Tm local(int64_t t) {
  static bool tz_read = false;
  if (!tz_read) {
    tzset();
    tz_read = true;
  }
  time_t tt = static_cast<time_t>(t);
  struct tm r {};
  if (!localtime_r(&tt, &r)) return civil(t);
  Tm tm;
  tm.year = static_cast<int64_t>(r.tm_year) + 1900;
  tm.mon = r.tm_mon + 1;
  tm.mday = r.tm_mday;
  tm.hour = r.tm_hour;
  tm.min = r.tm_min;
  tm.sec = r.tm_sec;
  tm.wday = r.tm_wday;
  tm.yday = r.tm_yday + 1;
  tm.isdst = r.tm_isdst > 0;
  tm.utc_offset = r.tm_gmtoff;
  tm.has_zone = r.tm_zone != nullptr;
  if (r.tm_zone) tm.zone = r.tm_zone;
  return tm;
}

// Week of the year with weeks starting on `first_wday` (0 Sunday, 1 Monday), %U/%W.
int week_number(const Tm& tm, int first_wday) {
  int wday = (tm.wday - first_wday + 7) % 7;
  return (tm.yday - 1 + 7 - wday) / 7;
}

int iso_weeks_in_year(int64_t y) {
  auto p = [](int64_t x) { return floor_mod(x + floor_div(x, 4) - floor_div(x, 100) + floor_div(x, 400), 7); };
  return p(y) == 4 || p(y - 1) == 3 ? 53 : 52;
}

// ISO 8601 week number and week-based year (%V, %G, %g).
void iso_week(const Tm& tm, int* week, int64_t* year) {
  int wd = tm.wday == 0 ? 7 : tm.wday;
  int w = (tm.yday - wd + 10) / 7;
  *year = tm.year;
  if (w < 1) {
    *year = tm.year - 1;
    w = iso_weeks_in_year(*year);
  } else if (w > iso_weeks_in_year(tm.year)) {
    *year = tm.year + 1;
    w = 1;
  }
  *week = w;
}

const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};

enum : unsigned { kLeft = 1, kChcase = 2, kLower = 4, kUpper = 8 };

void case_convert(std::string& s, size_t from, unsigned flags) {
  unsigned c = flags & (kUpper | kLower);
  for (size_t i = from; i < s.size(); ++i) {
    if (c == kUpper && s[i] >= 'a' && s[i] <= 'z') s[i] = static_cast<char>(s[i] - 32);
    if (c == kLower && s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] + 32);
  }
}

// What strftime formats: the fields, the Epoch second and the fraction of it.
struct TimeInfo {
  Tm tm;
  bool gmt = false;
  int64_t epoch = 0;
  Value nsec;  // Integer, or a Rational when finer than a nanosecond
};

class Formatter {
 public:
  Formatter(Vm& vm, const TimeInfo& t) : vm_(vm), t_(t) {}

  // Appends `fmt` formatted to out; false when a directive is cut off by the end.
  bool format(std::string_view f, std::string& out) {
    size_t i = 0, n = f.size();
    while (i < n) {
      if (f[i] != '%') {
        out += f[i++];
        continue;
      }
      size_t start = i, p = i;
      int width = -1, colons = 0;
      unsigned flags = 0;
      char pad = 0;
      std::string_view text;   // a textual conversion's result
      bool textual = false;
      auto unknown = [&] {
        out.append(f.substr(start, p - start + 1));
        i = p + 1;
      };
      for (;;) {
        if (++p >= n) return false;
        char c = f[p];
        bool done = true;
        switch (c) {
          case '%': case 'n': case 't':
            text = c == '%' ? "%" : c == 'n' ? "\n" : "\t";
            flags &= kLeft;   // no case conversion
            textual = true;
            break;
          case 'a': case 'A': case 'b': case 'h': case 'B':
            if (flags & kChcase) flags = (flags & ~(kLower | kChcase)) | kUpper;
            if (c == 'a' || c == 'A') text = kDays[t_.tm.wday];
            else text = kMonths[t_.tm.mon - 1];
            if (c == 'a' || c == 'b' || c == 'h') text = text.substr(0, 3);
            textual = true;
            break;
          case 'p': case 'P':
            if ((c == 'p' && (flags & kChcase)) || (c == 'P' && !(flags & (kChcase | kUpper))))
              flags = (flags & ~(kUpper | kChcase)) | kLower;
            text = t_.tm.hour < 12 ? "AM" : "PM";
            textual = true;
            break;
          case 'Z':
            if (flags & kChcase) flags = (flags & ~(kUpper | kChcase)) | kLower;
            text = t_.gmt ? std::string_view("UTC") : std::string_view(t_.tm.zone);
            textual = true;
            break;
          case 'c': composite("%a %b %e %H:%M:%S %Y", width, flags, pad, out); break;
          case 'x': case 'D': composite("%m/%d/%y", width, flags, pad, out); break;
          case 'X': case 'T': composite("%H:%M:%S", width, flags, pad, out); break;
          case 'r': composite("%I:%M:%S %p", width, flags, pad, out); break;
          case 'R': composite("%H:%M", width, flags, pad, out); break;
          case 'F': composite("%Y-%m-%d", width, flags, pad, out); break;
          case 'v': composite("%e-%^b-%4Y", width, flags, pad, out); break;
          case 'd': number(out, '0', 2, t_.tm.mday, width, flags, pad); break;
          case 'e': number(out, ' ', 2, t_.tm.mday, width, flags, pad); break;
          case 'H': number(out, '0', 2, t_.tm.hour, width, flags, pad); break;
          case 'k': number(out, ' ', 2, t_.tm.hour, width, flags, pad); break;
          case 'I': number(out, '0', 2, hour12(), width, flags, pad); break;
          case 'l': number(out, ' ', 2, hour12(), width, flags, pad); break;
          case 'j': number(out, '0', 3, t_.tm.yday, width, flags, pad); break;
          case 'm': number(out, '0', 2, t_.tm.mon, width, flags, pad); break;
          case 'M': number(out, '0', 2, t_.tm.min, width, flags, pad); break;
          case 'S': number(out, '0', 2, t_.tm.sec, width, flags, pad); break;
          case 'w': number(out, '0', 1, t_.tm.wday, width, flags, pad); break;
          case 'u': number(out, '0', 1, t_.tm.wday == 0 ? 7 : t_.tm.wday, width, flags, pad); break;
          case 'U': number(out, '0', 2, week_number(t_.tm, 0), width, flags, pad); break;
          case 'W': number(out, '0', 2, week_number(t_.tm, 1), width, flags, pad); break;
          case 's': number(out, '0', 1, t_.epoch, width, flags, pad); break;
          case 'y': number(out, '0', 2, floor_mod(t_.tm.year, 100), width, flags, pad); break;
          case 'C': number(out, '0', 2, floor_div(t_.tm.year, 100), width, flags, pad); break;
          case 'Y': number(out, '0', t_.tm.year >= 0 ? 4 : 5, t_.tm.year, width, flags, pad); break;
          case 'V': case 'G': case 'g': {
            int week = 0;
            int64_t year = 0;
            iso_week(t_.tm, &week, &year);
            if (c == 'V') number(out, '0', 2, week, width, flags, pad);
            else if (c == 'G') number(out, '0', year >= 0 ? 4 : 5, year, width, flags, pad);
            else number(out, '0', 2, floor_mod(year, 100), width, flags, pad);
            break;
          }
          case 'L': case 'N': fraction(out, width > 0 ? width : c == 'L' ? 3 : 9); break;
          case 'z':
            if (colons > 3) {
              --p;
              unknown();
              goto next;
            }
            offset(out, colons, width, flags, pad);
            break;
          case 'E': case 'O':
            if (p + 1 >= n || !std::strchr(c == 'E' ? "cCxXyY" : "deHkIlmMSuUVwWy", f[p + 1])) {
              unknown();
              goto next;
            }
            done = false;
            break;
          case '-':
          case '^':
          case '#':
          case '_':
            if (width > 0) {
              unknown();
              goto next;
            }
            if (c == '-') {
              flags |= kLeft;
              pad = 0;
              width = 0;
            } else if (c == '^') {
              flags |= kUpper;
            } else if (c == '#') {
              flags |= kChcase;
            } else {
              pad = ' ';
            }
            done = false;
            break;
          case ':': {
            int k = 1;
            for (; k <= 3; ++k) {
              if (p + k >= n) {
                unknown();
                goto next;
              }
              if (f[p + k] == 'z') break;
              if (f[p + k] != ':') {
                unknown();
                goto next;
              }
            }
            colons = k;
            p += k - 1;
            done = false;
            break;
          }
          case '0': case '1': case '2': case '3': case '4':
          case '5': case '6': case '7': case '8': case '9': {
            if (c == '0') pad = '0';
            int64_t v = 0;
            size_t q = p;
            bool overflow = false;
            while (q < n && f[q] >= '0' && f[q] <= '9') {
              v = v * 10 + (f[q] - '0');
              if (v > INT32_MAX) overflow = true;
              ++q;
            }
            if (overflow) {
              p = q - 1;
              unknown();
              goto next;
            }
            width = static_cast<int>(v);
            p = q - 1;
            done = false;
            break;
          }
          default:
            unknown();
            goto next;
        }
        if (done) break;
      }
      if (textual) {
        if (!(flags & kLeft) && width > static_cast<int>(text.size()) && !text.empty())
          out.append(static_cast<size_t>(width) - text.size(), pad ? pad : ' ');
        size_t from = out.size();
        out += text;
        case_convert(out, from, flags);
      }
      i = p + 1;
    next:;
    }
    return true;
  }

 private:
  int hour12() const { return t_.tm.hour % 12 == 0 ? 12 : t_.tm.hour % 12; }

  void number(std::string& out, char def_pad, int def_width, int64_t v, int width, unsigned flags,
              char pad) {
    int w = (flags & kLeft) ? 1 : width <= 0 ? def_width : width;
    bool zero = pad == '0' || (!pad && def_pad == '0');
    char buf[48];
    std::snprintf(buf, sizeof buf, zero ? "%0*lld" : "%*lld", w, static_cast<long long>(v));
    out += buf;
  }

  void composite(const char* sub, int width, unsigned flags, char pad, std::string& out) {
    std::string s;
    format(sub, s);
    case_convert(s, 0, flags);
    if (width > static_cast<int>(s.size())) out.append(static_cast<size_t>(width) - s.size(), pad ? pad : ' ');
    out += s;
  }

  // %N/%L: `digits` digits of the second's fraction, truncated.
  void fraction(std::string& out, int digits) {
    if (t_.nsec.is_fixnum()) {
      int64_t ns = t_.nsec.fixnum_value();
      char buf[32];
      if (digits >= 9) {
        std::snprintf(buf, sizeof buf, "%09lld", static_cast<long long>(ns));
        out += buf;
        out.append(static_cast<size_t>(digits - 9), '0');
      } else {
        for (int k = 0; k < 9 - digits; ++k) ns /= 10;
        std::snprintf(buf, sizeof buf, "%0*lld", digits, static_cast<long long>(ns));
        out += buf;
      }
      return;
    }
    // A Rational number of nanoseconds: floor(nsec * 10**(digits - 9)) digits.
    Value scaled = t_.nsec;
    if (digits >= 9) {
      mpz_t p;
      mpz_init(p);
      mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(digits - 9));
      scaled = vm_.call(scaled, intern("*"), {int_from_mpz(vm_, p)});
      mpz_clear(p);
    } else {
      int64_t d = 1;
      for (int k = 0; k < 9 - digits; ++k) d *= 10;
      scaled = vm_.call(scaled, intern("quo"), {Value::fixnum(d)});
    }
    std::string s = int_to_string(vm_.call(scaled, intern("floor"), {}));
    if (static_cast<int>(s.size()) < digits) out.append(static_cast<size_t>(digits) - s.size(), '0');
    out += s;
  }

  // %z and its colon forms: +hhmm, +hh:mm, +hh:mm:ss, and the shortest of those.
  void offset(std::string& out, int colons, int width, unsigned flags, char pad) {
    int64_t off = t_.gmt ? 0 : t_.tm.utc_offset;
    bool neg = off < 0 || (t_.gmt && (flags & kLeft));
    if (off < 0) off = -off;
    int prec = width;
    switch (colons) {
      case 0: prec = prec <= 5 ? 2 : prec - 3; break;
      case 1: prec = prec <= 6 ? 2 : prec - 4; break;
      case 2: prec = prec <= 9 ? 2 : prec - 7; break;
      default:
        if (off % 3600 == 0) prec = prec <= 3 ? 2 : prec - 1;
        else if (off % 60 == 0) prec = prec <= 6 ? 2 : prec - 4;
        else prec = prec <= 9 ? 2 : prec - 7;
        break;
    }
    // The hours with their sign, space-padded to prec+1 or zero-filled to prec digits.
    std::string digits = std::to_string(off / 3600);
    std::string hours;
    if (pad == ' ') {
      std::string h = std::string(neg ? "-" : "+") + digits;
      if (static_cast<int>(h.size()) < prec + 1) hours.append(static_cast<size_t>(prec + 1) - h.size(), ' ');
      hours += h;
    } else {
      hours = neg ? "-" : "+";
      if (static_cast<int>(digits.size()) < prec) hours.append(static_cast<size_t>(prec) - digits.size(), '0');
      hours += digits;
    }
    out += hours;
    off %= 3600;
    if (colons == 3 && off == 0) return;
    char buf[8];
    if (colons >= 1) out += ':';
    std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(off / 60));
    out += buf;
    off %= 60;
    if (colons == 3 && off == 0) return;
    if (colons >= 2) {
      std::snprintf(buf, sizeof buf, ":%02d", static_cast<int>(off));
      out += buf;
    }
  }

  Vm& vm_;
  const TimeInfo& t_;
};

Value tm_array(Vm& vm, const Tm& tm) {
  return ary_of(vm, {int_new(vm, tm.year), Value::fixnum(tm.mon), Value::fixnum(tm.mday),
                     Value::fixnum(tm.hour), Value::fixnum(tm.min), Value::fixnum(tm.sec),
                     Value::fixnum(tm.wday), Value::fixnum(tm.yday), Value::boolean(tm.isdst),
                     int_new(vm, tm.utc_offset),
                     tm.has_zone ? str_new(vm, tm.zone) : Value::nil()});
}

// The fields of `sec` in a zone: true for UTC, an Integer offset, or nil for local.
Tm fields(Vm& vm, Value sec, Value zone) {
  int64_t t = int_arg(vm, sec);
  if (zone.is_nil()) return local(t);
  if (zone.is_true()) {
    Tm tm = civil(t);
    tm.has_zone = true;
    tm.zone = "UTC";
    return tm;
  }
  int64_t off = int_arg(vm, zone);
  Tm tm = civil(t + off);
  tm.utc_offset = off;
  return tm;
}

SymId iv_sec() { static SymId s = intern("@__sec"); return s; }
SymId iv_nsec() { static SymId s = intern("@__nsec"); return s; }
SymId iv_subnsec() { static SymId s = intern("@__subnsec"); return s; }
SymId iv_utc() { static SymId s = intern("@__utc"); return s; }
SymId iv_utc_offset() { static SymId s = intern("@__utc_offset"); return s; }

Value time_alloc(Vm& vm, Value klass, Value sec, Value nsec, Value subnsec, Value utc,
                 Value offset) {
  Value t = alloc_instance(vm, as_class(klass));
  vm.ivar_set(t, iv_sec(), sec);
  vm.ivar_set(t, iv_nsec(), nsec);
  vm.ivar_set(t, iv_subnsec(), subnsec);
  vm.ivar_set(t, iv_utc(), utc);
  vm.ivar_set(t, iv_utc_offset(), offset);
  return t;
}

}  // namespace

// Time.__alloc(klass, sec, nsec, subnsec, utc, offset): a new klass with that state
// (the instance variables prelude/time.rb describes; the caller normalizes them).
NATIVE(time_s_alloc) {
  UNUSED_ARGS;
  return time_alloc(vm, argv[0], argv[1], argv[2], argv[3], argv[4], argv[5]);
}

// Time.__now(klass): a new klass in local time at the real-time clock's reading.
NATIVE(time_s_now) {
  UNUSED_ARGS;
  struct timespec ts {};
  clock_gettime(CLOCK_REALTIME, &ts);
  return time_alloc(vm, argv[0], int_new(vm, ts.tv_sec), Value::fixnum(ts.tv_nsec),
                    Value::nil(), Value::f(), Value::nil());
}

// Time.__tm(sec, zone): [year, mon, mday, hour, min, sec, wday, yday, isdst,
// utc_offset, zone name or nil]; zone is true (UTC), an Integer offset or nil (local).
NATIVE(time_s_tm) {
  UNUSED_ARGS;
  return tm_array(vm, fields(vm, argv[0], argv[1]));
}

// Time.__field(sec, zone, i): element i of what __tm returns, without building it.
NATIVE(time_s_field) {
  UNUSED_ARGS;
  Tm tm = fields(vm, argv[0], argv[1]);
  switch (argv[2].fixnum_value()) {
    case 0: return int_new(vm, tm.year);
    case 1: return Value::fixnum(tm.mon);
    case 2: return Value::fixnum(tm.mday);
    case 3: return Value::fixnum(tm.hour);
    case 4: return Value::fixnum(tm.min);
    case 5: return Value::fixnum(tm.sec);
    case 6: return Value::fixnum(tm.wday);
    case 7: return Value::fixnum(tm.yday);
    case 8: return Value::boolean(tm.isdst);
    case 9: return int_new(vm, tm.utc_offset);
    default: return tm.has_zone ? str_new(vm, tm.zone) : Value::nil();
  }
}

// Time.__timegm(year, mon, mday, hour, min, sec): seconds since the Epoch of those UTC
// fields (validated by the caller; mday, hour and sec may carry over).
NATIVE(time_s_timegm) {
  UNUSED_ARGS;
  int64_t v[6];
  for (int i = 0; i < 6; ++i) v[i] = int_arg(vm, argv[i]);
  int64_t days = days_from_civil(v[0], v[1], 1) + v[2] - 1;
  return int_new(vm, days * kDay + v[3] * 3600 + v[4] * 60 + v[5]);
}

// Time.__mktime(year, mon, mday, hour, min, sec, isdst): seconds since the Epoch of
// those local fields (mktime; isdst nil lets the C library decide).
NATIVE(time_s_mktime) {
  UNUSED_ARGS;
  int64_t year = int_arg(vm, argv[0]);
  if (year - 1900 < INT32_MIN || year - 1900 > INT32_MAX) vm.raise(vm.eArgumentError, "argument out of range");
  local(0);   // reads TZ once
  struct tm r {};
  r.tm_year = static_cast<int>(year - 1900);
  r.tm_mon = static_cast<int>(int_arg(vm, argv[1]) - 1);
  r.tm_mday = static_cast<int>(int_arg(vm, argv[2]));
  r.tm_hour = static_cast<int>(int_arg(vm, argv[3]));
  r.tm_min = static_cast<int>(int_arg(vm, argv[4]));
  r.tm_sec = static_cast<int>(int_arg(vm, argv[5]));
  r.tm_isdst = -1;
  struct tm asked = r;
  time_t t = mktime(&r);
  // A wall-clock time that occurs twice (clocks set back) is the later instant, as in
  // CRuby, unless isdst asks for the other one.
  for (int dst : {0, 1}) {
    struct tm c = asked;
    c.tm_isdst = dst;
    time_t x = mktime(&c);
    struct tm l {};
    if (!localtime_r(&x, &l) || l.tm_year != r.tm_year || l.tm_mon != r.tm_mon ||
        l.tm_mday != r.tm_mday || l.tm_hour != r.tm_hour || l.tm_min != r.tm_min ||
        l.tm_sec != r.tm_sec)
      continue;
    if (argv[6].is_nil() ? x > t : (l.tm_isdst > 0) == argv[6].truthy()) t = x;
  }
  return int_new(vm, static_cast<int64_t>(t));
}

// Time.__strftime(format, sec, nsec, zone): Time#strftime for the instant sec + nsec
// (nsec an Integer or Rational below 10**9) in zone (as for __tm).
NATIVE(time_s_strftime) {
  UNUSED_ARGS;
  Value fmt = to_str(vm, argv[0]);
  TimeInfo t;
  t.tm = fields(vm, argv[1], argv[3]);
  t.gmt = argv[3].is_true();
  t.epoch = int_arg(vm, argv[1]);
  t.nsec = argv[2];
  std::string out;
  Formatter f(vm, t);
  if (!f.format(str_view(fmt), out))
    vm.raise(vm.eArgumentError, "invalid format: " + std::string(str_view(fmt)));
  return str_new(vm, out);
}

// Time.__arg_in: the calling method's `in:` keyword argument, a local Ruby code cannot
// name (`in` is a reserved word); CRuby's timev.rb reads it with Primitive.arg!(:in).
// Natives run in their caller's frame, so the current frame is that method's.
NATIVE(time_s_arg_in) {
  UNUSED_ARGS;
  static const SymId in = intern("in");
  const Frame* f = vm.current();
  if (f && f->code) {
    const std::vector<SymId>& names = f->code->local_names;
    for (size_t i = 0; i < names.size() && i < f->code->nlocals; ++i)
      if (names[i] == in) return f->locals[i];
  }
  return Value::nil();
}

void init_time(Vm& vm) {
  RClass* meta = singleton_class(vm, Value::object(vm.cTime));
  define_native(vm, meta, "__alloc", time_s_alloc, 6);
  define_native(vm, meta, "__now", time_s_now, 1);
  define_native(vm, meta, "__tm", time_s_tm, 2);
  define_native(vm, meta, "__field", time_s_field, 3);
  define_native(vm, meta, "__timegm", time_s_timegm, 6);
  define_native(vm, meta, "__mktime", time_s_mktime, 7);
  define_native(vm, meta, "__strftime", time_s_strftime, 4);
  define_native(vm, meta, "__arg_in", time_s_arg_in, 0);
}

}  // namespace maglev::vm
