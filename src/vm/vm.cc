// Entry point of the VM: runs a program described by RunOptions.
#include "vm/vm.h"

#include <cstdio>

namespace maglev::vm {

int run(const RunOptions& options) {
  std::fprintf(stderr, "%s: the interpreter is not built yet\n", options.program_name.c_str());
  return 1;
}

}  // namespace maglev::vm
