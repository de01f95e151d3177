// The command line shared by maglev-ruby and maglev-irb (options.h): ruby's switches
// for both, irb's for maglev-irb, help and version text.
#include "tools/options.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "maglev_config.h"

namespace maglev::tools {

namespace {

constexpr const char* kRubyHelp =
    "Usage: maglev-ruby [switches] [--] [programfile] [arguments]\n"
    "  -c              check syntax only\n"
    "  -Cdirectory     cd to directory before executing your script\n"
    "  -d              set debugging flags (set $DEBUG to true)\n"
    "  -e 'command'    one line of script. Several -e's allowed. Omit [programfile]\n"
    "  -Idirectory     specify $LOAD_PATH directory (may be used more than once)\n"
    "  -rlibrary       require the library before executing your script\n"
    "  -v              print the version number, then turn on verbose mode\n"
    "  -w              turn warnings on for your script\n"
    "  -W[level=2]     set warning level; 0=silence, 1=medium, 2=verbose\n"
    "  -Mcommit        load the script in persistent mode and commit at exit\n"
    "  -Mpersistent    start in persistent mode (Maglev.persistent)\n"
    "  --stone NAME    use the repository named NAME (default: maglev)\n"
    "  --repo DIR      use the repository in directory DIR\n"
    "  --dump=ast|insns  print the parse tree or the bytecode instead of running\n"
    "  -h              show this message, --help for more info\n"
    "  --version       print the version number, then exit\n";

constexpr const char* kIrbHelp =
    "Usage: maglev-irb [switches] [--] [arguments]\n"
    "  -f              do not read ~/.irbrc or ./.irbrc\n"
    "  -Cdirectory     cd to directory before starting\n"
    "  -d              set debugging flags (set $DEBUG to true)\n"
    "  -Idirectory     specify $LOAD_PATH directory (may be used more than once)\n"
    "  -rlibrary       require the library before the first prompt\n"
    "  -w              turn warnings on\n"
    "  -W[level=2]     set warning level; 0=silence, 1=medium, 2=verbose\n"
    "  -Mcommit        run in persistent mode and commit at exit\n"
    "  -Mpersistent    start in persistent mode (Maglev.persistent)\n"
    "  --stone NAME    use the repository named NAME (default: maglev)\n"
    "  --repo DIR      use the repository in directory DIR\n"
    "  --prompt MODE   prompt mode: default, simple, classic, null, inf-ruby, xmp,\n"
    "                  or a mode defined in .irbrc (also --prompt-mode)\n"
    "  --simple-prompt same as --prompt simple\n"
    "  --noprompt      same as --prompt null\n"
    "  --echo          show results (default); --noecho: don't\n"
    "  --readline      line editing, history and completion (default on a terminal)\n"
    "  --noreadline    read plain lines\n"
    "  --verbose       echo input lines (default when stdin is not a terminal)\n"
    "  --noverbose     don't echo input lines\n"
    "  -h, --help      show this message\n"
    "  -v, --version   print the version number, then exit\n";

void print_version(const vm::RunOptions& o) {
  if (o.irb)
    std::printf("maglev-irb %s (irb 1.4.1 compatible, ruby %s) [%s]\n", MAGLEV_VERSION,
                MAGLEV_RUBY_VERSION, MAGLEV_PLATFORM);
  else
    std::printf("maglev %s (ruby %s compatible) [%s]\n", MAGLEV_VERSION, MAGLEV_RUBY_VERSION,
                MAGLEV_PLATFORM);
}

int invalid_option(const char* program, std::string_view opt) {
  std::fprintf(stderr,
               "%s: invalid option %.*s  (-h will show valid options) (RuntimeError)\n",
               program, static_cast<int>(opt.size()), opt.data());
  return 1;
}

int missing_argument(const char* program, std::string_view opt) {
  std::fprintf(stderr, "%s: no code specified for %.*s (RuntimeError)\n", program,
               static_cast<int>(opt.size()), opt.data());
  return 1;
}

// irb's own switches. Returns true when `arg` was one (consuming a value via `value`).
enum class IrbSwitch { kNo, kYes, kMissing };
IrbSwitch irb_switch(std::string_view arg, vm::IrbOptions* irb, int* i, int argc,
                     char** argv) {
  auto value = [&](std::string* out) {
    if (*i + 1 >= argc) return false;
    *out = argv[++*i];
    return true;
  };
  if (arg == "-f") { irb->load_irbrc = false; return IrbSwitch::kYes; }
  if (arg == "--prompt" || arg == "--prompt-mode")
    return value(&irb->prompt_mode) ? IrbSwitch::kYes : IrbSwitch::kMissing;
  if (arg.starts_with("--prompt=")) { irb->prompt_mode = arg.substr(9); return IrbSwitch::kYes; }
  if (arg.starts_with("--prompt-mode=")) {
    irb->prompt_mode = arg.substr(14);
    return IrbSwitch::kYes;
  }
  if (arg == "--simple-prompt" || arg == "--sample-book-mode") {
    irb->prompt_mode = "simple";
    return IrbSwitch::kYes;
  }
  if (arg == "--noprompt") { irb->prompt_mode = "null"; return IrbSwitch::kYes; }
  if (arg == "--inf-ruby-mode") { irb->prompt_mode = "inf-ruby"; return IrbSwitch::kYes; }
  if (arg == "--echo") { irb->echo = true; return IrbSwitch::kYes; }
  if (arg == "--noecho") { irb->echo = false; return IrbSwitch::kYes; }
  if (arg == "--readline" || arg == "--singleline" || arg == "--multiline") {
    irb->line_editing = 1;
    return IrbSwitch::kYes;
  }
  if (arg == "--noreadline" || arg == "--nosingleline" || arg == "--nomultiline") {
    irb->line_editing = 0;
    return IrbSwitch::kYes;
  }
  if (arg == "--verbose") { irb->verbose = 1; return IrbSwitch::kYes; }
  if (arg == "--noverbose") { irb->verbose = 0; return IrbSwitch::kYes; }
  // Accepted for compatibility with irb; maglev-irb never colours its output.
  if (arg == "--colorize" || arg == "--nocolorize" || arg == "--autocomplete" ||
      arg == "--noautocomplete")
    return IrbSwitch::kYes;
  return IrbSwitch::kNo;
}

}  // namespace

int parse_options(int argc, char** argv, const char* program, vm::RunOptions* opts) {
  opts->program_name = program;
  const bool irb = opts->irb;
  bool print_version_flag = false;
  int i = 1;
  // Takes the value of a switch given as -Xvalue or -X value.
  auto value_of = [&](const char* arg, size_t prefix, std::string* out) {
    if (arg[prefix] != '\0') { *out = arg + prefix; return true; }
    if (i + 1 < argc) { *out = argv[++i]; return true; }
    return false;
  };
  for (; i < argc; ++i) {
    const char* a = argv[i];
    std::string_view arg(a);
    if (arg == "--") { ++i; break; }
    if (arg.size() < 2 || a[0] != '-') break;   // "-" (stdin) or the program file
    std::string v;
    if (arg == "-h" || arg == "--help") {
      std::fputs(irb ? kIrbHelp : kRubyHelp, stdout);
      return 0;
    }
    if (arg == "--version" || (irb && arg == "-v")) {
      print_version(*opts);
      return 0;
    }
    if (irb) {
      switch (irb_switch(arg, &opts->irb_options, &i, argc, argv)) {
        case IrbSwitch::kYes: continue;
        case IrbSwitch::kMissing: return missing_argument(program, arg);
        case IrbSwitch::kNo: break;
      }
      // Switches that choose what program runs make no sense at a prompt.
      if (arg.starts_with("-e") || arg == "-c" || arg.starts_with("--dump"))
        return invalid_option(program, arg);
    }
    if (arg == "-v") { print_version_flag = true; opts->warning_level = 2; continue; }
    if (arg == "-w") { opts->warning_level = 2; continue; }
    if (arg == "-d" || arg == "--debug") { opts->debug = true; continue; }
    if (arg == "-c") { opts->check_syntax = true; continue; }
    if (arg.starts_with("-W")) {
      if (arg.size() == 2) opts->warning_level = 2;
      else if (arg.size() == 3 && a[2] >= '0' && a[2] <= '2') opts->warning_level = a[2] - '0';
      else return invalid_option(program, arg);
      continue;
    }
    if (arg.starts_with("-e")) {
      if (!value_of(a, 2, &v)) return missing_argument(program, "-e");
      opts->e_scripts.push_back(v);
      continue;
    }
    if (arg.starts_with("-I")) {
      if (!value_of(a, 2, &v)) return missing_argument(program, "-I");
      opts->load_path.push_back(v);
      continue;
    }
    if (arg.starts_with("-r")) {
      if (!value_of(a, 2, &v)) return missing_argument(program, "-r");
      opts->required_libs.push_back(v);
      continue;
    }
    if (arg.starts_with("-C")) {
      if (!value_of(a, 2, &v)) return missing_argument(program, "-C");
      if (::chdir(v.c_str()) != 0) {
        std::fprintf(stderr, "%s: Can't chdir to %s (fatal)\n", program, v.c_str());
        return 1;
      }
      continue;
    }
    if (arg.starts_with("-M")) {
      std::string_view mode = arg.substr(2);
      if (mode == "commit") opts->persist = vm::PersistMode::kCommit;
      else if (mode == "persistent") opts->persist = vm::PersistMode::kPersistent;
      else if (mode == "transient") opts->persist = vm::PersistMode::kTransient;
      else return invalid_option(program, arg);
      continue;
    }
    if (arg == "--stone" || arg == "--repo") {
      if (i + 1 >= argc) return missing_argument(program, arg);
      (arg == "--stone" ? opts->stone : opts->repo) = argv[++i];
      continue;
    }
    if (arg.starts_with("--dump=")) {
      opts->dump = std::string(arg.substr(7));
      if (opts->dump != "ast" && opts->dump != "insns") return invalid_option(program, arg);
      continue;
    }
    return invalid_option(program, arg);
  }
  if (irb) {
    // Everything after the switches is ARGV for the session.
    for (; i < argc; ++i) opts->argv.emplace_back(argv[i]);
    return kContinue;
  }
  if (print_version_flag) {
    print_version(*opts);
    if (opts->e_scripts.empty() && i >= argc) return 0;
  }
  if (opts->e_scripts.empty()) {
    opts->script = i < argc ? argv[i++] : "-";
    if (opts->script != "-" && ::access(opts->script.c_str(), F_OK) != 0) {
      std::fprintf(stderr, "%s: [Error] The file \"%s\" does not exist\n", program,
                   opts->script.c_str());
      return 1;
    }
  }
  for (; i < argc; ++i) opts->argv.emplace_back(argv[i]);
  return kContinue;
}

}  // namespace maglev::tools
