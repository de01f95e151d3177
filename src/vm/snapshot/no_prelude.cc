// The empty prelude image, linked only into maglev-prelude-image: a VM booted with it
// has the core library's native part and nothing of core/prelude/*.rb.
#include <cstddef>

namespace maglev::vm::snapshot {
extern const unsigned char kPreludeImage[];
extern const size_t kPreludeImageSize;
const unsigned char kPreludeImage[] = {0};
const size_t kPreludeImageSize = 0;
}  // namespace maglev::vm::snapshot
