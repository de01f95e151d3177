// What the core library files share about encodings (core/encoding.cc): the Encoding
// objects, reading an encoding argument, CRuby's compatibility rule for joining two
// strings, and per-encoding validity and inspect.
#pragma once

#include <string>
#include <string_view>

#include "vm/object/encoding.h"
#include "vm/object/string.h"
#include "vm/runtime.h"

namespace maglev::vm {

Value enc_value(Vm& vm, Enc e);              // Encoding::UTF_8, ...
Enc enc_arg(Vm& vm, Value v);                // an Encoding or a name; ArgumentError if unknown
// The encoding of a + b (Encoding.compatible? of two strings); false when incompatible.
bool enc_compatible(Value a, Value b, Enc* out);
// The same, raising Encoding::CompatibilityError ("incompatible character encodings: X and Y").
Enc enc_check(Vm& vm, Value a, Value b);
// Appends b to a as String#<< does: a takes the joined encoding.
void str_append_str_slow(Vm& vm, Value a, Value b);
inline void str_append_str(Vm& vm, Value a, Value b) {
  if (enc_append_keeps(a.heap()->flags, b.heap()->flags)) str_append(vm, a, str_view(b));
  else str_append_str_slow(vm, a, b);
}
// The encoding of text built piece by piece into out (Array#join, #inspect), joined as
// CRuby's rb_enc_cr_str_buf_cat does; add() before appending each piece.
struct EncJoin {
  Enc enc;
  const std::string* out;        // the text so far: a std::string,
  Value out_str = Value::nil();  // or, when out is nullptr, a String
  std::string_view so_far() const { return out ? std::string_view(*out) : str_view(out_str); }
  void add(Vm& vm, Value piece) {   // raises Encoding::CompatibilityError
    if (str_enc(piece) != enc) add_other(vm, piece);
  }
  void add_other(Vm& vm, Value piece);
};
// v.inspect as a String (its encoding kept, for EncJoin).
Value inspect_value(Vm& vm, Value v);
// A new US-ASCII String (what CRuby's number and nil/true/false to_s return).
inline Value str_new_ascii(Vm& vm, std::string_view bytes) {
  Value s = str_new(vm, bytes);
  s.heap()->flags |= enc_flags(Enc::kUsAscii);
  return s;
}
// A new String: US-ASCII when bytes are ASCII, else UTF-8 (Symbol#to_s, #inspect).
Value str_new_7bit(Vm& vm, std::string_view bytes);
// Appends code point cp in encoding e; false when e cannot hold it.
bool enc_encode_cp(uint32_t cp, Enc e, std::string* out);
// Whether every byte is ASCII.
bool bytes_ascii(std::string_view bytes);
// Whether bytes are valid in encoding e.
bool enc_valid(std::string_view bytes, Enc e);
// Inspect of bytes in encoding e as Ruby prints it (with its quotes).
std::string str_inspect_enc(std::string_view s, Enc e);
// Decodes the character of a wide (UTF-16/32) string at bytes[i]: its length in bytes
// and code point, or 0 when the unit there is invalid or incomplete.
int wide_char(std::string_view bytes, size_t i, Enc e, uint32_t* cp);

}  // namespace maglev::vm
