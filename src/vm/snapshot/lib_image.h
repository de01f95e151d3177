// The standard library image: src/vm/lib/*.rb (json, stringio, optparse, ...) compiled
// at build time by maglev-lib-image, one prelude-format image (prelude_image.h) per file,
// embedded in the binary. `require 'json'` decodes and runs json's image; nothing is read
// from disk and no install step exists. Each file's code carries the path
// kLibDir/NAME.rb (the source tree's lib folder at build time), which is what
// $LOADED_FEATURES, __FILE__ and backtraces show, as CRuby shows its rubylibdir.
#pragma once

#include <cstddef>
#include <string_view>

#include "vm/runtime.h"

namespace maglev::vm::snapshot {

struct LibFile {
  const char* name;              // the feature, "json" or "json/add/core" (no ".rb")
  const unsigned char* image;    // one file in the prelude image format
  size_t size;
};

// Generated (lib_image.cc in the build dir), sorted by name; empty in the generators.
extern const LibFile kLibFiles[];
extern const size_t kLibFileCount;
extern const char kLibDir[];     // absolute, no trailing slash ("" in the generators)

// The library named `feature` ("json", "json.rb"), or nullptr.
const LibFile* find_lib(std::string_view feature);

// The library's top-level code, decoded (aborts on a damaged image: a broken build).
RCode* decode_lib(Vm& vm, const LibFile& lib);

}  // namespace maglev::vm::snapshot
