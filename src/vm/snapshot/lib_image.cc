// Finding and decoding the standard library's embedded images (lib_image.h).
#include "vm/snapshot/lib_image.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "vm/snapshot/prelude_image.h"

namespace maglev::vm::snapshot {

const LibFile* find_lib(std::string_view feature) {
  if (feature.size() > 3 && feature.substr(feature.size() - 3) == ".rb")
    feature.remove_suffix(3);
  size_t lo = 0, hi = kLibFileCount;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = feature.compare(kLibFiles[mid].name);
    if (c == 0) return &kLibFiles[mid];
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return nullptr;
}

RCode* decode_lib(Vm& vm, const LibFile& lib) {
  ImageReader reader;
  RCode* code = nullptr;
  if (reader.open(lib.image, lib.size) && reader.file_count() == 1) {
    std::string name;
    vm.heap.disable();   // the decoded objects are reachable only from the code being built
    code = reader.read_file(vm, &name);
    vm.heap.enable();
  }
  if (code == nullptr) {
    std::fprintf(stderr, "maglev: the library image of %s is damaged\n", lib.name);
    std::abort();
  }
  return code;
}

}  // namespace maglev::vm::snapshot
