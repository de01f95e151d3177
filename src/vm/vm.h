// The VM's one public header: what the tools (maglev-ruby, maglev-irb) need to run
// Ruby. Everything else under src/vm is the VM's own business.
#pragma once

#include <string>
#include <vector>

namespace maglev::vm {

enum class PersistMode { kTransient, kPersistent, kCommit };

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
};

// Runs a whole program (prelude, -r libraries, the script, at_exit handlers) and
// returns the process exit status. Uncaught exceptions are reported on stderr.
[[nodiscard]] int run(const RunOptions& options);

}  // namespace maglev::vm
