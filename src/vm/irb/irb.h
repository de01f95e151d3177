// maglev-irb inside the VM: the interactive prompt that run() (vm.cc) starts instead
// of a script when RunOptions::irb is set. Everything else in src/vm/irb is private.
#pragma once

#include "vm/runtime.h"
#include "vm/vm.h"

namespace maglev::vm {

// Reads, evaluates and prints until end of input, `exit` or `quit`; returns then.
// Runs on the booted VM after -r libraries; Kernel#exit (SystemExit) and other
// uncaught non-StandardError exits propagate to the caller like a script's would.
void run_irb(Vm& vm, const RunOptions& options);

}  // namespace maglev::vm
