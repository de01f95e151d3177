// IRB.conf and the rc file (irbrc.h), after irb 1.4's init.rb.
#include "vm/irb/irbrc.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm::irb {

namespace {

// IRB.conf with irb 1.4's prompt modes and the defaults maglev-irb reads back.
constexpr const char* kIrbModule = R"RUBY(
module IRB
  @CONF = {
    PROMPT: {
      NULL: { PROMPT_I: nil, PROMPT_N: nil, PROMPT_S: nil, PROMPT_C: nil, RETURN: "%s\n" },
      DEFAULT: {
        PROMPT_I: "%N(%m):%03n:%i> ",
        PROMPT_N: "%N(%m):%03n:%i> ",
        PROMPT_S: "%N(%m):%03n:%i%l ",
        PROMPT_C: "%N(%m):%03n:%i* ",
        RETURN: "=> %s\n"
      },
      CLASSIC: {
        PROMPT_I: "%N(%m):%03n:%i> ",
        PROMPT_N: "%N(%m):%03n:%i> ",
        PROMPT_S: "%N(%m):%03n:%i%l ",
        PROMPT_C: "%N(%m):%03n:%i* ",
        RETURN: "%s\n"
      },
      SIMPLE: { PROMPT_I: ">> ", PROMPT_N: ">> ", PROMPT_S: "%l> ", PROMPT_C: "?> ", RETURN: "=> %s\n" },
      INF_RUBY: {
        PROMPT_I: "%N(%m):%03n:%i> ", PROMPT_N: nil, PROMPT_S: nil, PROMPT_C: nil,
        RETURN: "%s\n", AUTO_INDENT: true
      },
      XMP: { PROMPT_I: nil, PROMPT_N: nil, PROMPT_S: nil, PROMPT_C: nil, RETURN: "    ==>%s\n" }
    },
    PROMPT_MODE: :DEFAULT,
    AUTO_INDENT: true,
    SAVE_HISTORY: 1000,
    HISTORY_FILE: nil,
    ECHO: nil,
    IRB_NAME: "irb",
    BACK_TRACE_LIMIT: 16,
    VERBOSE: nil,
    RC: true,
    LOAD_MODULES: []
  }

  def self.conf
    @CONF
  end

  def self.version
    "irb 1.4.1 (maglev)"
  end
end
)RUBY";

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string rc_file() {
  std::vector<std::string> candidates;
  if (const char* rc = std::getenv("IRBRC")) candidates.emplace_back(rc);
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"))
    candidates.push_back(std::string(xdg) + "/irb/irbrc");
  if (const char* home = std::getenv("HOME")) candidates.push_back(std::string(home) + "/.irbrc");
  char buf[4096];
  std::string cwd = ::getcwd(buf, sizeof buf) ? buf : ".";
  for (const char* name : {"/.config/irb/irbrc", "/.irbrc", "/irb.rc", "/_irbrc", "/$irbrc"})
    candidates.push_back(cwd + name);
  for (const std::string& c : candidates)
    if (file_exists(c)) return c;
  return "";
}

// "default" / "inf-ruby" -> DEFAULT / INF_RUBY, as irb's --prompt does; empty when the
// name is not a plain word.
std::string mode_symbol_name(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == '-') out += '_';
    else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_')
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    else return "";
  }
  return out;
}

Value conf_get(Vm& vm, Value conf, const char* key) {
  if (!is_hash(conf)) return Value::nil();
  Value v = hash_lookup(vm, conf, sym_value(key));
  return v.is_undef() ? Value::nil() : v;
}

std::string string_or(Vm& vm, Value v, const std::string& dflt) {
  if (v.is_nil()) return dflt;
  return is_string(v) ? str_std(v) : vm.to_s(v);
}

void report_rc_error(Vm& vm, const std::string& path, Value exc) {
  std::string out = "load error: " + path + "\n" + vm.class_name_of(exc) + ": ";
  try {
    out += vm.to_s(vm.call(exc, intern("message")));
  } catch (RubyError&) {
  }
  out += "\n";
  try {
    Value bt = vm.call(exc, intern("backtrace"));
    if (is_array(bt))
      for (int64_t i = 0; i < ary_len(bt); ++i) out += "\t" + vm.to_s(ary_at(bt, i)) + "\n";
  } catch (RubyError&) {
  }
  std::fputs(out.c_str(), stdout);
}

}  // namespace

IrbConfig load_config(Vm& vm, const RunOptions& options, bool stdin_tty) {
  const IrbOptions& io = options.irb_options;
  vm.eval_string(kIrbModule, "<internal:irb>", 1, vm.main_obj, Value::nil());
  Value irb_module = vm.const_get(vm.cObject, intern("IRB"));
  Value conf = vm.call(irb_module, intern("conf"));

  std::string mode = io.prompt_mode.empty() ? (stdin_tty ? "DEFAULT" : "NULL")
                                            : mode_symbol_name(io.prompt_mode);
  if (mode.empty()) {
    std::fprintf(stderr, "%s: invalid prompt mode %s\n", options.program_name.c_str(),
                 io.prompt_mode.c_str());
    mode = stdin_tty ? "DEFAULT" : "NULL";
  }
  hash_aset(vm, conf, sym_value("PROMPT_MODE"), sym_value(mode));
  if (!io.echo) hash_aset(vm, conf, sym_value("ECHO"), Value::f());

  if (io.load_irbrc) {
    std::string path = rc_file();
    if (!path.empty()) {
      try {
        Value p = str_new(vm, path);
        vm.fcall(vm.main_obj, intern("load"), 1, &p);
      } catch (RubyError& e) {
        bool quiet = vm.is_a(e.exception, vm.eLoadError);
        if (vm.is_a(e.exception, vm.eSystemExit)) throw;
        if (!quiet) report_rc_error(vm, path, e.exception);
      }
    }
  }

  IrbConfig cfg;
  Value mode_v = conf_get(vm, conf, "PROMPT_MODE");
  cfg.prompt_mode_name = mode_v.is_symbol() ? sym_name(mode_v.symbol_id()) : vm.to_s(mode_v);
  Value modes = conf_get(vm, conf, "PROMPT");
  Value pm = conf_get(vm, modes, cfg.prompt_mode_name.c_str());
  if (!is_hash(pm)) {
    std::fprintf(stderr, "%s: undefined prompt mode %s\n", options.program_name.c_str(),
                 cfg.prompt_mode_name.c_str());
    cfg.prompt_mode_name = stdin_tty ? "DEFAULT" : "NULL";
    pm = conf_get(vm, modes, cfg.prompt_mode_name.c_str());
  }
  cfg.prompt.prompt_i = string_or(vm, conf_get(vm, pm, "PROMPT_I"), "");
  cfg.prompt.prompt_n = string_or(vm, conf_get(vm, pm, "PROMPT_N"), "");
  cfg.prompt.prompt_s = string_or(vm, conf_get(vm, pm, "PROMPT_S"), "");
  cfg.prompt.prompt_c = string_or(vm, conf_get(vm, pm, "PROMPT_C"), "");
  cfg.prompt.return_format = string_or(vm, conf_get(vm, pm, "RETURN"), "%s\n");
  cfg.prompt.auto_indent = conf_get(vm, conf, "AUTO_INDENT").truthy();

  Value echo = conf_get(vm, conf, "ECHO");
  cfg.echo = echo.is_nil() ? io.echo : echo.truthy();
  cfg.irb_name = string_or(vm, conf_get(vm, conf, "IRB_NAME"), "irb");
  Value limit = conf_get(vm, conf, "BACK_TRACE_LIMIT");
  if (limit.is_fixnum()) cfg.back_trace_limit = static_cast<int>(limit.fixnum_value());

  Value save = conf_get(vm, conf, "SAVE_HISTORY");
  cfg.save_history = save.is_fixnum() ? static_cast<int>(save.fixnum_value()) : 0;
  if (cfg.save_history < 0) cfg.save_history = 0;
  std::string history = string_or(vm, conf_get(vm, conf, "HISTORY_FILE"), "");
  const char* home = std::getenv("HOME");
  if (history.empty() && home) history = std::string(home) + "/.maglev_irb_history";
  if (history.starts_with("~/") && home) history = std::string(home) + history.substr(1);
  cfg.history_file = history;
  return cfg;
}

}  // namespace maglev::vm::irb
