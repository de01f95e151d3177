// RString primitives (string.h): contents up to RString::kEmbed - 1 bytes live in the
// object; longer ones in a malloc'd, NUL-terminated buffer that grows geometrically and
// whose size is reported to the heap so large strings trigger GC.
#include "vm/object/string.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "vm/runtime.h"

namespace maglev::vm {

void str_reserve(Vm& vm, RString* s, int64_t capa) {
  int64_t have = s->capacity();
  if (capa <= have) return;
  int64_t ncapa = have < 16 ? 16 : have;
  while (ncapa < capa) ncapa *= 2;
  if (s->embedded()) {
    auto* p = static_cast<char*>(std::malloc(static_cast<size_t>(ncapa) + 1));
    if (p == nullptr) std::abort();
    std::memcpy(p, s->embed, static_cast<size_t>(s->len) + 1);   // before capa overwrites it
    s->ptr = p;
    s->basic.aux = 0;
    vm.heap.note_external(ncapa);
  } else {
    s->ptr = static_cast<char*>(std::realloc(s->ptr, static_cast<size_t>(ncapa) + 1));
    if (s->ptr == nullptr) std::abort();
    vm.heap.note_external(ncapa - s->capa);
  }
  s->capa = ncapa;
}

int64_t str_free_buffer(RString* s) {
  if (s->embedded()) return 0;
  std::free(s->ptr);
  return s->capa;
}

// A String with room for `capa` bytes: contents that fit in 7, 15, 23 or 39 bytes live
// in the object (a 48-, 56-, 64- or 80-byte slot), longer ones in a malloc'd buffer (a
// 48-byte slot: the object then ends after `capa`).
static RString* str_alloc(Vm& vm, int64_t capa) {
  constexpr size_t kHead = offsetof(RString, embed);
  static_assert(kHead == 40 && kHead + RString::kEmbed == 80 && sizeof(RString) == 80);
  RString* s;
  if (capa < RString::kEmbed) {
    int64_t room = capa < 8 ? 8 : capa < 16 ? 16 : capa < 24 ? 24 : RString::kEmbed;
    s = reinterpret_cast<RString*>(
        vm.heap.allocate(kHead + static_cast<size_t>(room), HeapType::kString, vm.cString));
    s->ptr = s->embed;
    s->basic.aux = static_cast<uint32_t>(room - 1);
  } else {
    s = reinterpret_cast<RString*>(
        vm.heap.allocate(kHead + sizeof(int64_t), HeapType::kString, vm.cString));
    s->ptr = static_cast<char*>(std::malloc(static_cast<size_t>(capa) + 1));
    if (s->ptr == nullptr) std::abort();
    s->capa = capa;
    vm.heap.note_external(capa);
  }
  s->ptr[0] = '\0';
  return s;
}

Value str_buf_new(Vm& vm, int64_t capa) { return Value::object(str_alloc(vm, capa)); }

Value str_new(Vm& vm, std::string_view bytes) {
  auto len = static_cast<int64_t>(bytes.size());
  RString* s = str_alloc(vm, len);
  if (len) std::memcpy(s->ptr, bytes.data(), bytes.size());
  s->ptr[len] = '\0';
  s->len = len;
  return Value::object(s);
}

Value str_new_binary(Vm& vm, std::string_view bytes) {
  Value v = str_new(vm, bytes);
  v.heap()->flags |= kFlagBinary;
  return v;
}

bool is_string(Value v) { return v.is_heap() && v.heap()->type == HeapType::kString; }

// Whether the n bytes at p are all below 0x80, 8 at a time.
static bool bytes_all_ascii(const char* p, int64_t n) {
  uint64_t any = 0;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    any |= w;
  }
  for (; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return (any & 0x8080808080808080ull) == 0;
}

bool str_ascii_only(Value v) {
  RBasic* o = v.heap();
  if (o->flags & kFlagAscii) return true;
  RString* s = str_ptr(v);
  if (!bytes_all_ascii(s->ptr, s->len)) return false;
  o->flags |= kFlagAscii;
  return true;
}

static bool one_byte_chars(Value v) { return (v.heap()->flags & kFlagBinary) || str_ascii_only(v); }
static bool utf8_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

int64_t str_char_to_byte(Value v, int64_t chr) {
  RString* s = str_ptr(v);
  if (one_byte_chars(v)) return chr <= s->len ? chr : -1;
  int64_t n = 0;
  for (int64_t i = 0; i < s->len; ++i) {
    if (!utf8_lead(s->ptr[i])) continue;
    if (n == chr) return i;
    ++n;
  }
  return n == chr ? s->len : -1;
}

int64_t str_byte_to_char(Value v, int64_t byte) {
  RString* s = str_ptr(v);
  if (one_byte_chars(v)) return byte;
  int64_t n = 0;
  for (int64_t i = 0; i < byte && i < s->len; ++i) n += utf8_lead(s->ptr[i]);
  return n;
}

void str_setbyte(Value v, int64_t i, char byte) {
  RString* s = str_ptr(v);
  write_barrier(&s->basic);
  s->ptr[i] = byte;
  if (static_cast<unsigned char>(byte) >= 0x80) s->basic.flags &= static_cast<uint16_t>(~kFlagAscii);
}

void str_append(Vm& vm, Value sv, std::string_view bytes) {
  RString* s = str_ptr(sv);
  if (bytes.empty()) return;
  write_barrier(&s->basic);
  // bytes may alias s's own buffer: copy the offset first.
  const char* src = bytes.data();
  bool alias = src >= s->ptr && src <= s->ptr + s->len;
  int64_t off = alias ? src - s->ptr : 0;
  str_reserve(vm, s, s->len + static_cast<int64_t>(bytes.size()));
  if (alias) src = s->ptr + off;
  std::memmove(s->ptr + s->len, src, bytes.size());
  if ((s->basic.flags & kFlagAscii) && !bytes_all_ascii(s->ptr + s->len, static_cast<int64_t>(bytes.size())))
    s->basic.flags &= static_cast<uint16_t>(~kFlagAscii);
  s->len += static_cast<int64_t>(bytes.size());
  s->ptr[s->len] = '\0';
}

void str_set(Vm& vm, Value sv, std::string_view bytes) {
  std::string copy(bytes);
  RString* s = str_ptr(sv);
  write_barrier(&s->basic);
  str_reserve(vm, s, static_cast<int64_t>(copy.size()));
  std::memcpy(s->ptr, copy.data(), copy.size());
  s->basic.flags &= static_cast<uint16_t>(~kFlagAscii);
  s->len = static_cast<int64_t>(copy.size());
  s->ptr[s->len] = '\0';
}

Value str_dup(Vm& vm, Value s) {
  Value d = str_new(vm, str_view(s));
  d.heap()->klass = s.heap()->klass->kind == ClassKind::kSingleton ? real_class(s.heap()->klass)
                                                                   : s.heap()->klass;
  d.heap()->flags |= s.heap()->flags & kFlagEncoding;
  return d;
}

int64_t str_char_length(Value v) {
  RString* s = str_ptr(v);
  if (v.heap()->flags & kFlagBinary) {
    Enc e = str_enc(v);
    if (enc_unit(e) == 1) return s->len;
    // UTF-16/32: code units, a surrogate pair as one character, a partial unit as one.
    int64_t unit = enc_unit(e), n = (s->len + unit - 1) / unit;
    if (unit == 2) {
      int hi = e == Enc::kUtf16be ? 0 : 1;
      for (int64_t i = 0; i + 3 < s->len; i += 2) {
        unsigned char a = static_cast<unsigned char>(s->ptr[i + hi]), b = static_cast<unsigned char>(s->ptr[i + 2 + hi]);
        if (a >= 0xD8 && a <= 0xDB && b >= 0xDC && b <= 0xDF) --n, i += 2;
      }
    }
    return n;
  }
  if (str_ascii_only(v)) return s->len;
  // Counts the bytes that are not UTF-8 continuation bytes (10xxxxxx), 8 at a time.
  int64_t n = 0, i = 0;
  for (; i + 8 <= s->len; i += 8) {
    uint64_t w;
    std::memcpy(&w, s->ptr + i, 8);
    uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;
    n += 8 - static_cast<int64_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < s->len; ++i)
    if ((static_cast<unsigned char>(s->ptr[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace maglev::vm
