// maglev-irb: an interactive Ruby prompt, irb's conventions
// (maglev-irb [switches] [--] [arguments]). It is maglev-ruby running irb: the same
// switches (options.h) plus irb's own; the prompt itself lives in src/vm/irb.
#include "base/log.h"
#include "tools/options.h"
#include "vm/vm.h"

int main(int argc, char** argv) {
  maglev::base::log_init("maglev-irb");
  maglev::vm::RunOptions opts;
  opts.irb = true;
  int status = maglev::tools::parse_options(argc, argv, "maglev-irb", &opts);
  if (status != maglev::tools::kContinue) return status;
  return maglev::vm::run(opts);
}
