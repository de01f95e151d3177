// Bytes as a C++ string literal, for the generators that embed images in the binary
// (prelude_image_gen.cc, lib_image_gen.cc): split into 100-column pieces, octal
// escapes for everything but plain printable characters (compiles fast).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace maglev::vm::snapshot {

inline std::string cpp_literal(const std::vector<uint8_t>& bytes) {
  std::string out = "\"";
  size_t col = 0;
  for (uint8_t b : bytes) {
    if (col >= 100) {
      out += "\"\n\"";
      col = 0;
    }
    if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\' && b != '?') {
      out.push_back(static_cast<char>(b));
      ++col;
    } else {
      char esc[8];
      std::snprintf(esc, sizeof esc, "\\%03o", b);
      out += esc;
      col += 4;
    }
  }
  return out + "\"";
}

}  // namespace maglev::vm::snapshot
