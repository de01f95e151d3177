// String encodings: which encoding a String's bytes are in, kept in its flags. UTF-8 is
// the default (no bits); kFlagBinary marks the byte-per-character encodings (ASCII-8BIT,
// ISO-8859-1, Windows-1252) and the wide ones (UTF-16/32, whose characters the core
// treats as bytes except in inspect, length, chars and transcoding); the index bits
// name the encoding when it is neither UTF-8 nor ASCII-8BIT. US-ASCII keeps the UTF-8
// paths (its valid strings are ASCII, the same bytes).
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/object/objects.h"

namespace maglev::vm {

enum class Enc : uint8_t {
  kUtf8 = 0, kUsAscii = 1, kLatin1 = 2, kWin1252 = 3,
  kUtf16le = 4, kUtf16be = 5, kUtf32le = 6, kUtf32be = 7, kBinary = 8,
};
constexpr int kEncCount = 9;
constexpr int kFlagEncShift = 10;
constexpr uint16_t kFlagEncIndex = 7 << kFlagEncShift;
constexpr uint16_t kFlagEncoding = kFlagBinary | kFlagEncIndex;   // every encoding bit

inline Enc enc_of_flags(uint16_t flags) {
  unsigned idx = (flags & kFlagEncIndex) >> kFlagEncShift;
  if (idx) return static_cast<Enc>(idx);
  return (flags & kFlagBinary) ? Enc::kBinary : Enc::kUtf8;
}
inline uint16_t enc_flags(Enc e) {
  if (e == Enc::kUtf8) return 0;
  if (e == Enc::kBinary) return kFlagBinary;
  uint16_t idx = static_cast<uint16_t>(static_cast<unsigned>(e) << kFlagEncShift);
  return e == Enc::kUsAscii ? idx : static_cast<uint16_t>(idx | kFlagBinary);
}
inline Enc str_enc(Value s) { return enc_of_flags(s.heap()->flags); }
// Sets s's encoding (no write barrier: callers that change a live string call it).
inline void set_str_enc(Value s, Enc e) {
  RBasic* o = s.heap();
  o->flags = static_cast<uint16_t>((o->flags & ~kFlagEncoding) | enc_flags(e));
}
// Gives d the encoding of s.
inline void copy_str_enc(Value d, Value s) {
  RBasic* o = d.heap();
  o->flags = static_cast<uint16_t>((o->flags & ~kFlagEncoding) | (s.heap()->flags & kFlagEncoding));
}

// Whether appending a string with flags fb to one with flags fa keeps fa's encoding with
// no look at the bytes (same encoding, or US-ASCII/UTF-8 onto UTF-8).
inline bool enc_append_keeps(uint16_t fa, uint16_t fb) {
  fa &= kFlagEncoding;
  fb &= kFlagEncoding;
  return fa == fb || (fa == 0 && !(fb & kFlagBinary));
}

const char* enc_name(Enc e);            // "UTF-8", "ASCII-8BIT", ...
const char* enc_const_name(Enc e);      // its constant in Encoding: "UTF_8", ...
// The encoding of a name or alias (case-insensitive); false when maglev has none.
bool enc_find(std::string_view name, Enc* out);
// Every name: the kEncCount encodings' own names first (in Enc order), then aliases.
int enc_name_count();
const char* enc_name_at(int i, Enc* e);
inline bool enc_ascii_compatible(Enc e) { return e < Enc::kUtf16le || e == Enc::kBinary; }
inline int enc_unit(Enc e) {   // bytes per code unit
  return e == Enc::kUtf16le || e == Enc::kUtf16be ? 2 : e == Enc::kUtf32le || e == Enc::kUtf32be ? 4 : 1;
}

}  // namespace maglev::vm
