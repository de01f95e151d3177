// maglev-ruby: the command line of the VM, with ruby's conventions
// (maglev-ruby [switches] [--] [programfile] [arguments]). Parses switches only
// (options.h); running Ruby is the VM's job (src/vm/vm.h).
#include "base/log.h"
#include "tools/options.h"
#include "vm/vm.h"

int main(int argc, char** argv) {
  maglev::base::log_init("maglev-ruby");
  maglev::vm::RunOptions opts;
  int status = maglev::tools::parse_options(argc, argv, "maglev-ruby", &opts);
  if (status != maglev::tools::kContinue) return status;
  return maglev::vm::run(opts);
}
