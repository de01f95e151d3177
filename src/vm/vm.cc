// Running a whole program (vm.h): parse, compile and run the script with the VM,
// then at_exit handlers, and report an uncaught exception MagLev's way.
#include "vm/vm.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "vm/compile/compiler.h"
#include "vm/core/core.h"
#include "vm/interp/interp.h"
#include "vm/irb/irb.h"
#include "vm/parse/parser.h"
#include "vm/persist/persist.h"

namespace maglev::vm {

namespace {

// MagLev's error numbers for the uncaught-exception line.
int maglev_error_number(Vm& vm, Value exc) {
  if (vm.class_name_of(exc) == "Maglev::CommitFailedException") return 2407;
  if (vm.is_a(exc, vm.eNoMethodError)) return 2010;
  if (vm.is_a(exc, vm.eNameError)) return 2730;
  if (vm.is_a(exc, vm.eZeroDivisionError)) return 2026;
  return 2023;
}

std::string exception_message(Vm& vm, Value exc) {
  try {
    Value m = vm.call(exc, sym::message);
    return is_string(m) ? str_std(m) : vm.to_s(m);
  } catch (RubyError&) {
    return vm.class_name_of(exc);
  }
}

// MagLev's line, then (with -w/-d) the backtrace: "ERROR 2010 , " and the message laid
// out as CRuby does after "file:line: " (error_message_text). error_highlight's snippet
// only comes with the backtrace: MagLev's transcripts show the bare line.
void report_uncaught(Vm& vm, Value exc, bool backtrace) {
  std::fflush(stdout);
  std::string msg = exception_message(vm, exc);
  if (!backtrace) {
    std::string points = error_highlight_points(vm, exc);
    size_t at = points.empty() ? std::string::npos : msg.find(points);
    if (at != std::string::npos) msg.erase(at, points.size());
  }
  std::fprintf(stderr, "ERROR %d , %s", maglev_error_number(vm, exc),
               error_message_text(vm, exc, msg).c_str());
  if (backtrace) {
    Value bt = vm.ivar_get(exc, intern("__backtrace"));
    if (is_array(bt))
      for (int64_t i = 0; i < ary_len(bt); ++i)
        std::fprintf(stderr, "\tfrom %s\n", str_std(ary_at(bt, i)).c_str());
  }
  std::fflush(stderr);
}

// Runs at_exit handlers in reverse order; an exit inside one changes the status. $! is
// what ends the program (the SystemExit of exit, the uncaught exception, or nil).
int run_at_exit(Vm& vm, int status, bool backtrace) {
  while (!vm.at_exit_procs.empty()) {
    Value p = vm.at_exit_procs.back();
    vm.at_exit_procs.pop_back();
    try {
      vm.call_proc(p.as<RProc>(), p.as<RProc>()->self, 0, nullptr, Value::nil());
    } catch (RubyError& e) {
      vm.errinfo = e.exception;
      if (vm.is_a(e.exception, vm.eSystemExit)) {
        status = static_cast<int>(vm.ivar_get(e.exception, intern("@status")).fixnum_value());
      } else {
        report_uncaught(vm, e.exception, backtrace);
        status = 1;
      }
    } catch (NonLocalExit&) {
    }
  }
  return status;
}

// Attaches to the repository when it exists (what was committed is visible to every
// VM) or when -Mpersistent/-Mcommit need it; false with a message when that fails.
bool attach_repository(Vm& vm, const RunOptions& o) {
  vm.stone_name = o.stone;
  vm.repo_dir = o.repo;
  bool needed = o.persist != PersistMode::kTransient;
  std::string error;
  try {
    if (!persist::open(vm, o.stone, o.repo, needed, &error) && (needed || !error.empty())) {
      std::fprintf(stderr, "%s: %s\n", o.program_name.c_str(), error.c_str());
      return false;
    }
  } catch (RubyError& e) {
    report_uncaught(vm, e.exception, false);
    return false;
  }
  vm.persistent_mode = needed;
  return true;
}

// -Mcommit: the script ran to its end, so what it defined persistently is committed.
void commit_at_exit(Vm& vm) {
  persist::commit(vm);
  vm.persistent_mode = false;
}

bool read_source(const RunOptions& o, std::string* src, std::string* file) {
  if (o.irb) { *file = o.program_name; return true; }   // maglev-irb reads its own input
  if (!o.e_scripts.empty()) {
    *file = "-e";
    for (size_t i = 0; i < o.e_scripts.size(); ++i) {
      if (i) *src += "\n";
      *src += o.e_scripts[i];
    }
    return true;
  }
  *file = o.script;
  std::stringstream ss;
  if (o.script == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(o.script, std::ios::binary);
    if (!in) return false;
    ss << in.rdbuf();
  }
  *src = ss.str();
  return true;
}

// DATA: the script File positioned after __END__ (a StringIO of the text after it for a
// script read from stdin).
Value data_io(Vm& vm, const RunOptions& o, const std::string& source, const std::string& data) {
  if (o.script == "-") return make_string_io(vm, str_new(vm, data));
  Value file_class = vm.const_get(vm.cObject, intern("File"));
  Value f = vm.call(file_class, sym::new_, {str_new(vm, o.script)});
  vm.call(f, intern("seek"), {Value::fixnum(static_cast<int64_t>(source.size() - data.size()))});
  return f;
}

}  // namespace

std::string join_errors(const std::vector<parse::SyntaxError>& errors) {
  std::string msg;
  for (const auto& e : errors) {   // CRuby ends a message that shows the source line
    if (!msg.empty() && msg.back() != '\n') msg.push_back('\n');
    msg.append(e.to_string());
    if (!e.snippet.empty()) msg.push_back('\n');
  }
  return msg;
}

namespace {

std::string warning_line(const std::string& file, const parse::ParseWarning& w) {
  std::string s = file;
  if (w.line > 0) s += ":" + std::to_string(w.line);
  return s + ": warning: " + w.message + "\n";
}

}  // namespace

// The parser's warnings for code parsed while the program runs (eval, require): as
// CRuby's rb_warn, silent when $VERBOSE is nil, verbose ones only when it is true,
// written through Warning.warn.
void emit_parse_warnings(Vm& vm, const std::vector<parse::ParseWarning>& warnings,
                         const std::string& file) {
  if (warnings.empty()) return;
  Value verbose = vm.gvar_get(intern("$VERBOSE"));
  if (verbose.is_nil()) return;
  Value warning = vm.const_get(vm.cObject, intern("Warning"));
  for (const auto& w : warnings) {
    if (w.verbose && !verbose.truthy()) continue;
    if (w.experimental) {
      Value category = Value::symbol(intern("experimental"));
      if (!vm.call(warning, intern("[]"), 1, &category).truthy()) continue;
    }
    Value text = str_new(vm, warning_line(file, w));
    vm.call(warning, intern("warn"), 1, &text);
  }
}

// Loads and runs a file at top level (Kernel#load / require); raises SyntaxError.
Value run_file_source(Vm& vm, const std::string& source, const std::string& file,
                      Value* data_out) {
  parse::ParseOptions po;
  po.file = file;
  parse::ParseResult r = parse::parse(source, po);
  emit_parse_warnings(vm, r.warnings, file);
  if (!r.errors.empty()) {
      vm.raise(vm.eSyntaxError, join_errors(r.errors));
  }
  if (data_out && r.data) *data_out = str_new(vm, *r.data);
  RCode* code = compile_program(vm, r.root, file, CompileKind::kProgram,
                                frozen_string_literal_magic(source), source);
  return vm.run_code(code, vm.main_obj, Value::nil(), vm.cObject, nullptr);
}

namespace {

// The program's run; *signo: the signal of an uncaught SignalException (0: none).
int run_program(const RunOptions& options, int* signo) {
  std::string source, file;
  if (!read_source(options, &source, &file)) {
    std::fprintf(stderr, "%s: [Error] The file \"%s\" does not exist\n",
                 options.program_name.c_str(), options.script.c_str());
    return 1;
  }
  parse::ParseOptions po;
  po.file = file;
  po.dash_e = file == "-e";
  parse::ParseResult parsed = parse::parse(source, po);
  for (const auto& w : parsed.warnings) {   // before anything runs, as CRuby
    if (options.warning_level > (w.verbose ? 1 : 0))
      std::fputs(warning_line(file, w).c_str(), stderr);
  }
  if (!parsed.errors.empty()) {
    for (const auto& e : parsed.errors) {
      if (e.stage == parse::SyntaxError::Stage::kCompile)
        std::fprintf(stderr, "%s: %s (SyntaxError)\n", file.c_str(), e.to_string().c_str());
      else if (e.stage == parse::SyntaxError::Stage::kCompileTop)
        std::fprintf(stderr, "%s\n%s: compile error (SyntaxError)\n", e.to_string().c_str(),
                     file.c_str());
      else
        std::fprintf(stderr, "%s\n", e.to_string().c_str());
    }
    return 1;
  }
  if (options.check_syntax) {
    std::printf("Syntax OK\n");
    return 0;
  }
  if (options.dump == "ast") {
    std::printf("%s\n", parse::dump(parsed.root).c_str());
    return 0;
  }
  static char stdout_buf[1 << 16];
  std::setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
  Vm vm;
  vm.heap.set_stack_base(__builtin_frame_address(0));
  vm.warning_level = options.warning_level;
  vm.debug = options.debug;
  vm.script_name = file;
  if (file == "-e") vm.e_script = source;
  setup_program_globals(vm, options, file);
  bool backtrace = options.warning_level >= 2 || options.debug;
  int status = 0;
  if (!attach_repository(vm, options)) return 1;
  try {
    for (const std::string& lib : options.required_libs) {
      Value name = str_new(vm, lib);
      vm.fcall(vm.main_obj, intern("require"), 1, &name);
    }
    if (parsed.data) vm.const_set(vm.cObject, intern("DATA"), data_io(vm, options, source, *parsed.data));
    // (a script read from stdin has no snippets in CRuby: error_highlight cannot reread it)
    RCode* code = compile_program(vm, parsed.root, file, CompileKind::kProgram,
                                  frozen_string_literal_magic(source),
                                  file == "-" ? std::string_view{} : std::string_view{source});
    if (options.dump == "insns") {
      std::printf("%s", disassemble(vm, code).c_str());
      return 0;
    }
    if (options.irb) run_irb(vm, options);   // maglev-irb: the prompt (src/vm/irb/irb.h)
    else vm.run_code(code, vm.main_obj, Value::nil(), vm.cObject, nullptr);
    if (options.persist == PersistMode::kCommit) commit_at_exit(vm);
  } catch (RubyError& e) {
    if (vm.is_a(e.exception, vm.eSystemExit)) {
      status = static_cast<int>(vm.ivar_get(e.exception, intern("@status")).fixnum_value());
      if (status == 0 && options.persist == PersistMode::kCommit) {
        try {
          commit_at_exit(vm);
        } catch (RubyError& ce) {
          report_uncaught(vm, ce.exception, backtrace);
          status = 1;
        }
      }
      vm.errinfo = e.exception;
      status = run_at_exit(vm, status, backtrace);
    } else {
      vm.errinfo = e.exception;
      status = run_at_exit(vm, 1, backtrace);
      report_uncaught(vm, e.exception, backtrace);
      if (vm.is_a(e.exception, vm.eSignalException)) {
        Value n = vm.call(e.exception, intern("signo"));
        if (n.is_fixnum()) *signo = static_cast<int>(n.fixnum_value());
      }
    }
    std::fflush(stdout);
    return status;
  } catch (NonLocalExit& e) {
    // break/return escaping the program: ends it quietly (return at top level).
  }
  status = run_at_exit(vm, 0, backtrace);
  std::fflush(stdout);
  return status;
}

}  // namespace

int run(const RunOptions& options) {
  int signo = 0;
  int status = run_program(options, &signo);
  // As CRuby: an uncaught SignalException ends the process by its signal (the VM is
  // closed first).
  if (signo > 0) {
    std::fflush(stdout);
    std::signal(signo, SIG_DFL);
    std::raise(signo);
  }
  return status;
}

}  // namespace maglev::vm
