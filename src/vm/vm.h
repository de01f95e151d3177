// The VM's one public header: what the tools (maglev-ruby, maglev-irb) need to run
// Ruby. Everything else under src/vm is the VM's own business.
#pragma once

#include <string>
#include <vector>

namespace maglev::vm {

enum class PersistMode { kTransient, kPersistent, kCommit };

// maglev-irb's switches (src/vm/irb). -1 means "decide from whether stdin is a tty".
struct IrbOptions {
  std::string prompt_mode;   // --prompt: default, simple, classic, null, inf-ruby, xmp or
                             // a name from .irbrc; empty: default on a tty, else null
  bool load_irbrc = true;    // -f turns off ~/.irbrc / ./.irbrc
  bool echo = true;          // --noecho: don't print results
  int line_editing = -1;     // --readline / --noreadline (libedit)
  int verbose = -1;          // --verbose / --noverbose: echo input lines
};

struct RunOptions {
  std::string program_name = "maglev-ruby";
  std::vector<std::string> e_scripts;     // -e lines, joined with "\n" (file is "-e")
  std::string script;                     // path, or "-" for stdin; empty with -e
  std::vector<std::string> argv;          // ARGV
  std::vector<std::string> load_path;     // -I dirs, in order
  std::vector<std::string> required_libs;      // -r libraries, in order
  bool check_syntax = false;              // -c: print "Syntax OK" and exit
  int warning_level = 1;                  // -W0..2; -w is 2
  bool debug = false;                     // -d
  std::string dump;                       // --dump=ast|insns
  PersistMode persist = PersistMode::kTransient;   // -Mpersistent, -Mcommit
  std::string stone;                      // --stone NAME
  std::string repo;                       // --repo DIR
  bool irb = false;                       // maglev-irb: a prompt instead of a script
  IrbOptions irb_options;
};

// Runs a whole program (prelude, -r libraries, the script, at_exit handlers) and
// returns the process exit status. Uncaught exceptions are reported on stderr.
// With `irb`, the interactive prompt (src/vm/irb) takes the script's place.
[[nodiscard]] int run(const RunOptions& options);

}  // namespace maglev::vm
