// The byte format of persistent objects: little-endian varints, length-prefixed strings
// and one-byte value tags. Writer and Reader only move bytes; what the bytes mean per
// object type is object_codec.cc's business. A Reader never reads past its end: a short
// or malformed record sets `bad` and yields zeros, so a corrupt object cannot crash a VM.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace maglev::vm::persist {

// Tags of a value inside an object's bytes.
enum class Tag : uint8_t {
  kNil = 'n', kTrue = 't', kFalse = 'f', kUndef = 'u',
  kFixnum = 'i',     // zigzag varint
  kFloat = 'd',      // 8 bytes (flonum or boxed: a Float either way)
  kBignum = 'g',     // sign-prefixed hex digits
  kSymbol = 'y',     // its name
  kRef = 'r',        // another persistent object: varint oop
  kCoreClass = 'b',  // a class or module of the core library, by path ("Comparable")
  kMain = 'm',       // the top-level self of whichever VM reads it
  kMetaclass = 's',  // the singleton class of the class (value) that follows
};

class Writer {
 public:
  Writer() { buf.reserve(64); }   // most objects are small: one allocation
  std::vector<uint8_t> buf;
  void u8(uint8_t b) { buf.push_back(b); }
  void varint(uint64_t v) {
    while (v >= 0x80) { buf.push_back(static_cast<uint8_t>(v | 0x80)); v >>= 7; }
    buf.push_back(static_cast<uint8_t>(v));
  }
  void svarint(int64_t v) {
    varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void bytes(std::string_view s) {
    varint(s.size());
    buf.insert(buf.end(), s.begin(), s.end());
  }
  void f64(double d) {
    uint8_t b[8];
    std::memcpy(b, &d, 8);
    buf.insert(buf.end(), b, b + 8);
  }
  void tag(Tag t) { u8(static_cast<uint8_t>(t)); }
};

class Reader {
 public:
  Reader(const uint8_t* p, size_t n) : p_(p), end_(p + n) {}
  Reader(const uint8_t* p, const uint8_t* end) : p_(p), end_(end) {}
  bool bad = false;
  bool done() const { return p_ >= end_; }
  const uint8_t* pos() const { return p_; }
  const uint8_t* end() const { return end_; }
  void skip_to(const uint8_t* p) { p_ = p; }   // REQUIRES: pos() <= p <= end()
  uint8_t u8() {
    if (p_ >= end_) { bad = true; return 0; }
    return *p_++;
  }
  uint64_t varint() {
    if (p_ < end_ && *p_ < 0x80) return *p_++;   // most varints are one byte
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    bad = true;
    return 0;
  }
  int64_t svarint() {
    uint64_t u = varint();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }
  std::string_view bytes() {
    uint64_t n = varint();
    if (n > static_cast<uint64_t>(end_ - p_)) { bad = true; p_ = end_; return {}; }
    std::string_view s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  double f64() {
    if (end_ - p_ < 8) { bad = true; p_ = end_; return 0; }
    double d;
    std::memcpy(&d, p_, 8);
    p_ += 8;
    return d;
  }
  Tag tag() { return static_cast<Tag>(u8()); }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

}  // namespace maglev::vm::persist
