// Tab completion for maglev-irb (a reduced irb completion.rb): method names after a
// receiver that is safe to look at without running code (a local, a constant path,
// self, @ivar, $gvar, or a literal), constants (also after `Foo::`), instance and
// global variables, and bare words: locals, main's methods and keywords.
#pragma once

#include <string>
#include <vector>

#include "vm/irb/workspace.h"

namespace maglev::vm::irb {

// Candidates replacing `word` (each starts with `word`), sorted, without duplicates.
// Never raises: a receiver whose methods cannot be listed gives no candidates.
std::vector<std::string> complete(Vm& vm, const Workspace& ws, const std::string& word);

}  // namespace maglev::vm::irb
