// Names and aliases of the encodings maglev knows (encoding.h), as CRuby 3.1 spells them.
#include "vm/object/encoding.h"

#include <cctype>
#include <iterator>
#include <string>

namespace maglev::vm {

namespace {

struct EncName {
  Enc enc;
  const char* name;
};

// Each encoding's name first, then its aliases (Encoding.aliases of CRuby 3.1).
constexpr EncName kNames[] = {
    {Enc::kUtf8, "UTF-8"},          {Enc::kUsAscii, "US-ASCII"},   {Enc::kLatin1, "ISO-8859-1"},
    {Enc::kWin1252, "Windows-1252"}, {Enc::kUtf16le, "UTF-16LE"},  {Enc::kUtf16be, "UTF-16BE"},
    {Enc::kUtf32le, "UTF-32LE"},    {Enc::kUtf32be, "UTF-32BE"},   {Enc::kBinary, "ASCII-8BIT"},
    {Enc::kBinary, "BINARY"},       {Enc::kLatin1, "ISO8859-1"},   {Enc::kUsAscii, "ASCII"},
    {Enc::kUsAscii, "ANSI_X3.4-1968"}, {Enc::kUsAscii, "646"},     {Enc::kUtf8, "CP65001"},
    {Enc::kUtf16be, "UCS-2BE"},     {Enc::kUtf32be, "UCS-4BE"},    {Enc::kUtf32le, "UCS-4LE"},
    {Enc::kWin1252, "CP1252"},      {Enc::kUtf8, "locale"},        {Enc::kUtf8, "external"},
    {Enc::kUtf8, "filesystem"},
};

constexpr const char* kConstNames[kEncCount] = {
    "UTF_8", "US_ASCII", "ISO_8859_1", "Windows_1252", "UTF_16LE", "UTF_16BE", "UTF_32LE", "UTF_32BE", "ASCII_8BIT",
};

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

}  // namespace

const char* enc_name(Enc e) { return kNames[static_cast<int>(e)].name; }
const char* enc_const_name(Enc e) { return kConstNames[static_cast<int>(e)]; }

int enc_name_count() { return static_cast<int>(std::size(kNames)); }
const char* enc_name_at(int i, Enc* e) { return *e = kNames[i].enc, kNames[i].name; }

bool enc_find(std::string_view name, Enc* out) {
  for (const EncName& n : kNames)
    if (same_name(name, n.name)) return *out = n.enc, true;
  return false;
}

}  // namespace maglev::vm
