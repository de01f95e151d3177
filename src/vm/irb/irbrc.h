// irb's configuration: the IRB module with IRB.conf (prompt modes, history, echo...)
// defined in Ruby for .irbrc files to change, the rc file found and loaded as irb 1.4
// finds it, and the settings read back for the session.
#pragma once

#include <string>

#include "vm/irb/prompt.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace maglev::vm::irb {

struct IrbConfig {
  std::string prompt_mode_name;   // e.g. "DEFAULT"
  PromptMode prompt;
  std::string irb_name = "irb";
  std::string history_file;       // empty: no history file
  int save_history = 1000;        // lines kept; 0: none
  bool echo = true;
  int back_trace_limit = 16;
};

// Defines IRB and IRB.conf (PROMPT_MODE from --prompt, else DEFAULT on a terminal and
// NULL otherwise), loads the first rc file found ($IRBRC, $XDG_CONFIG_HOME/irb/irbrc,
// ~/.irbrc, ./.config/irb/irbrc, ./.irbrc, ./irb.rc, ./_irbrc, ./$irbrc) unless -f,
// printing irb's "load error" report if it raises, and returns the settings. Runs
// Ruby code; exceptions other than the rc file's own propagate.
IrbConfig load_config(Vm& vm, const RunOptions& options, bool stdin_tty);

}  // namespace maglev::vm::irb
