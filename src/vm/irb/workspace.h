// The irb workspace: main as self, and one top-level scope whose local variables
// outlive each evaluated input (like irb's binding of TOPLEVEL_BINDING), with `_`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "vm/parse/parser.h"
#include "vm/runtime.h"

namespace maglev::vm::irb {

// Owns the heap Env holding the session's locals (kept alive through vm.extra_roots).
// Only the VM's thread uses it; one per session.
class Workspace {
 public:
  explicit Workspace(Vm& vm);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // How inputs starting at `line` are parsed: file "(irb)", the session's locals
  // visible. Statement checks use this too, so `x -1` lexes as it will run.
  parse::ParseOptions parse_options(int line) const;

  // Evaluates one complete input at top level (self main, defs private to Object,
  // locals kept). Raises RubyError like any Ruby code; a syntax error raises
  // SyntaxError. The new locals the input assigns are kept even when it raises.
  Value eval(const std::string& source, int line);

  // `_`: the last value (or exception) irb printed.
  void set_last_value(Value v);

  // The session's local variable names, oldest first (for completion).
  const std::vector<std::string>& local_names() const { return names_; }
  // The value of a session local; nullopt if there is none by that name.
  std::optional<Value> local_value(const std::string& name) const;

 private:
  void grow(const std::vector<std::string>& new_names);

  Vm& vm_;
  std::vector<std::string> names_;   // slot order of env_
  REnv* env_ = nullptr;
};

}  // namespace maglev::vm::irb
