// Value: the tagged 64-bit word every Ruby value is. Immediates (Integer fixnums,
// most Floats, nil/true/false, Symbols) carry their payload in the word; anything
// else is a pointer to a heap object (8-byte aligned). Encoding follows CRuby's:
//
//   ...xxxx xxx1  Fixnum (63-bit signed, value << 1 | 1)
//   ...xxxx xx10  Flonum (a double whose exponent fits, rotated; see to_flonum)
//   0000 0000     false            0000 1000  nil
//   0001 0100     true             0011 0100  undef (internal: "no value")
//   ...id 0000 1100                Symbol (id << 8 | 0x0c)
//   ...xxxx x000  heap pointer (> 8)
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace maglev::vm {

struct RBasic;

class Value {
 public:
  constexpr Value() : bits_(kNil) {}
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kFalse = 0x00, kNil = 0x08, kTrue = 0x14, kUndef = 0x34;
  static constexpr int64_t kFixMax = (int64_t{1} << 62) - 1;
  static constexpr int64_t kFixMin = -(int64_t{1} << 62);

  static constexpr Value nil() { return Value(kNil); }
  static constexpr Value t() { return Value(kTrue); }
  static constexpr Value f() { return Value(kFalse); }
  static constexpr Value undef() { return Value(kUndef); }
  static constexpr Value boolean(bool b) { return Value(b ? kTrue : kFalse); }
  static constexpr Value fixnum(int64_t i) {
    return Value((static_cast<uint64_t>(i) << 1) | 1);
  }
  static constexpr bool fits_fixnum(int64_t i) { return i >= kFixMin && i <= kFixMax; }
  static constexpr Value symbol(uint32_t id) {
    return Value((static_cast<uint64_t>(id) << 8) | 0x0c);
  }
  static Value object(const void* p) { return Value(reinterpret_cast<uint64_t>(p)); }

  // A double as a flonum when its exponent allows, else undef (caller boxes it).
  static Value try_flonum(double d) {
    uint64_t v = std::bit_cast<uint64_t>(d);
    int bits = static_cast<int>((v >> 60) & 0x7);
    if (v != 0x3000000000000000 && !((bits - 3) & ~0x01))
      return Value((std::rotl(v, 3) & ~uint64_t{1}) | 0x02);
    if (v == 0) return Value(0x8000000000000002);
    return undef();
  }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

  constexpr bool truthy() const { return (bits_ & ~kNil) != 0; }
  constexpr bool is_nil() const { return bits_ == kNil; }
  constexpr bool is_undef() const { return bits_ == kUndef; }
  constexpr bool is_true() const { return bits_ == kTrue; }
  constexpr bool is_false() const { return bits_ == kFalse; }
  constexpr bool is_fixnum() const { return bits_ & 1; }
  constexpr bool is_flonum() const { return (bits_ & 3) == 2; }
  constexpr bool is_symbol() const { return (bits_ & 0xff) == 0x0c; }
  constexpr bool is_immediate() const { return (bits_ & 7) != 0 || bits_ <= kNil; }
  constexpr bool is_heap() const { return (bits_ & 7) == 0 && bits_ > kNil; }

  constexpr int64_t fixnum_value() const { return static_cast<int64_t>(bits_) >> 1; }
  constexpr uint32_t symbol_id() const { return static_cast<uint32_t>(bits_ >> 8); }
  double flonum_value() const {
    if (bits_ == 0x8000000000000002) return 0.0;
    uint64_t b63 = bits_ >> 63;
    uint64_t v = std::rotr((2 - b63) | (bits_ & ~uint64_t{3}), 3);
    return std::bit_cast<double>(v);
  }
  RBasic* heap() const { return reinterpret_cast<RBasic*>(bits_); }
  template <typename T>
  T* as() const { return reinterpret_cast<T*>(bits_); }

 private:
  uint64_t bits_;
};

using SymId = uint32_t;

}  // namespace maglev::vm
