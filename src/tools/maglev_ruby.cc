// maglev-ruby: the command line of the VM, with ruby's conventions
// (maglev-ruby [switches] [--] [programfile] [arguments]). Parses switches only;
// running Ruby is the VM's job (src/vm/vm.h).
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "base/log.h"
#include "maglev_config.h"
#include "vm/vm.h"

namespace {

constexpr const char* kHelp =
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

void print_version() {
  std::printf("maglev %s (ruby %s compatible) [%s]\n", MAGLEV_VERSION,
              MAGLEV_RUBY_VERSION, MAGLEV_PLATFORM);
}

int invalid_option(std::string_view opt) {
  std::fprintf(stderr,
               "maglev-ruby: invalid option %.*s  (-h will show valid options) "
               "(RuntimeError)\n",
               static_cast<int>(opt.size()), opt.data());
  return 1;
}

int missing_argument(std::string_view opt) {
  std::fprintf(stderr, "maglev-ruby: no code specified for %.*s (RuntimeError)\n",
               static_cast<int>(opt.size()), opt.data());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  maglev::base::log_init("maglev-ruby");
  maglev::vm::RunOptions opts;
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
    if (arg == "-h") { std::fputs(kHelp, stdout); return 0; }
    if (arg == "--help") { std::fputs(kHelp, stdout); return 0; }
    if (arg == "--version") { print_version(); return 0; }
    if (arg == "-v") { print_version_flag = true; opts.warning_level = 2; continue; }
    if (arg == "-w") { opts.warning_level = 2; continue; }
    if (arg == "-d" || arg == "--debug") { opts.debug = true; continue; }
    if (arg == "-c") { opts.check_syntax = true; continue; }
    if (arg.starts_with("-W")) {
      if (arg.size() == 2) opts.warning_level = 2;
      else if (arg.size() == 3 && a[2] >= '0' && a[2] <= '2') opts.warning_level = a[2] - '0';
      else return invalid_option(arg);
      continue;
    }
    if (arg.starts_with("-e")) {
      if (!value_of(a, 2, &v)) return missing_argument("-e");
      opts.e_scripts.push_back(v);
      continue;
    }
    if (arg.starts_with("-I")) {
      if (!value_of(a, 2, &v)) return missing_argument("-I");
      opts.load_path.push_back(v);
      continue;
    }
    if (arg.starts_with("-r")) {
      if (!value_of(a, 2, &v)) return missing_argument("-r");
      opts.required_libs.push_back(v);
      continue;
    }
    if (arg.starts_with("-C")) {
      if (!value_of(a, 2, &v)) return missing_argument("-C");
      if (::chdir(v.c_str()) != 0) {
        std::fprintf(stderr, "maglev-ruby: Can't chdir to %s (fatal)\n", v.c_str());
        return 1;
      }
      continue;
    }
    if (arg.starts_with("-M")) {
      std::string_view mode = arg.substr(2);
      if (mode == "commit") opts.persist = maglev::vm::PersistMode::kCommit;
      else if (mode == "persistent") opts.persist = maglev::vm::PersistMode::kPersistent;
      else if (mode == "transient") opts.persist = maglev::vm::PersistMode::kTransient;
      else return invalid_option(arg);
      continue;
    }
    if (arg == "--stone" || arg == "--repo") {
      if (i + 1 >= argc) return missing_argument(arg);
      (arg == "--stone" ? opts.stone : opts.repo) = argv[++i];
      continue;
    }
    if (arg.starts_with("--dump=")) {
      opts.dump = std::string(arg.substr(7));
      if (opts.dump != "ast" && opts.dump != "insns") return invalid_option(arg);
      continue;
    }
    return invalid_option(arg);
  }
  if (print_version_flag) {
    print_version();
    if (opts.e_scripts.empty() && i >= argc) return 0;
  }
  if (opts.e_scripts.empty()) {
    opts.script = i < argc ? argv[i++] : "-";
    if (opts.script != "-" && ::access(opts.script.c_str(), F_OK) != 0) {
      std::fprintf(stderr, "maglev-ruby: [Error] The file \"%s\" does not exist\n",
                   opts.script.c_str());
      return 1;
    }
  }
  for (; i < argc; ++i) opts.argv.emplace_back(argv[i]);
  return maglev::vm::run(opts);
}
