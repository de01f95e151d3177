// Transcoding between the encodings maglev knows: a character's code point in each
// encoding and back (Windows-1252's table), and String#encode's conversion with CRuby
// 3.1's steps (through UTF-8), options and error messages.
#include "vm/core/encoding.h"

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
