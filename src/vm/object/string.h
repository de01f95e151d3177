// RString primitives for C++ code: creation, views, appending. Ruby's String
// methods are in core/string.cc; these never call Ruby code.
#pragma once

#include <string>
#include <string_view>

#include "vm/object/encoding.h"
#include "vm/object/objects.h"

namespace maglev::vm {

struct Vm;

Value str_new(Vm& vm, std::string_view bytes);
Value str_new_binary(Vm& vm, std::string_view bytes);
Value str_buf_new(Vm& vm, int64_t capa);   // empty, with room for capa bytes
inline RString* str_ptr(Value v) { return v.as<RString>(); }
inline std::string_view str_view(Value v) {
  RString* s = v.as<RString>();
  return {s->ptr, static_cast<size_t>(s->len)};
}
inline std::string str_std(Value v) { return std::string(str_view(v)); }
bool is_string(Value v);
// Appends bytes. REQUIRES: s is a String that is not frozen (caller checks).
void str_append(Vm& vm, Value s, std::string_view bytes);
void str_reserve(Vm& vm, RString* s, int64_t capa);
// The sweeper's part: frees a malloc'd buffer; returns the bytes it had noted (capa).
int64_t str_free_buffer(RString* s);
void str_set(Vm& vm, Value s, std::string_view bytes);   // replace contents
Value str_dup(Vm& vm, Value s);                          // same class, contents copied
// Number of characters (UTF-8 unless binary).
int64_t str_char_length(Value s);
// Whether every byte of s is below 0x80. Once found true it is cached in s's flags
// (kFlagAscii); str_append, str_set and str_setbyte keep that cache right, and they are
// the only ways a String's bytes change after it is made. So the length and character
// offsets of an ASCII String cost O(1) after the first look.
bool str_ascii_only(Value s);
// Character offsets (characters are bytes in a binary String; O(1) for ASCII ones).
// The byte offset where character chr (>= 0) starts, the byte length when chr is the
// character length, or -1 when chr is past it.
int64_t str_char_to_byte(Value s, int64_t chr);
// The number of characters that start before byte offset `byte` (0 <= byte <= len).
int64_t str_byte_to_char(Value s, int64_t byte);
// Sets byte i (0 <= i < len) of s.
void str_setbyte(Value s, int64_t i, char byte);

}  // namespace maglev::vm
