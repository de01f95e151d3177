// The command line shared by maglev-ruby and maglev-irb: ruby's switches (-e -I -r -c
// -w -W -d -C -M --stone --repo --dump) and, for maglev-irb, irb's own (--prompt,
// --simple-prompt, --noprompt, -f, --readline, --noreadline, --echo, --noecho).
// maglev-irb is maglev-ruby running irb, so every maglev-ruby switch works with it.
#pragma once

#include "vm/vm.h"

namespace maglev::tools {

// parse_options's result when the program should go on and run.
inline constexpr int kContinue = -1;

// Parses argv[1..argc) into *options (whose `irb` flag, set by the caller, selects
// maglev-irb's switches, usage and version line). Help, version and errors are printed
// here, prefixed with `program_name`; the return value is then the exit status.
// Returns kContinue when the program should run. May chdir (-C).
[[nodiscard]] int parse_options(int argc, char** argv, const char* program_name,
                                vm::RunOptions* options);

}  // namespace maglev::tools
