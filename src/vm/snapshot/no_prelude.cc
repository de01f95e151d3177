// The empty prelude image and library table, linked only into the generators
// (maglev-prelude-image, maglev-lib-image): a VM booted with them has the core
// library's native part and nothing of core/prelude/*.rb or lib/*.rb.
#include <cstddef>

#include "vm/snapshot/lib_image.h"

namespace maglev::vm::snapshot {
extern const unsigned char kPreludeImage[];
extern const size_t kPreludeImageSize;
const unsigned char kPreludeImage[] = {0};
const size_t kPreludeImageSize = 0;
const LibFile kLibFiles[] = {{"", nullptr, 0}};
const size_t kLibFileCount = 0;
const char kLibDir[] = "";
}  // namespace maglev::vm::snapshot
