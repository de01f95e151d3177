// The read-eval-print loop (irb.h): reads lines until the parser says a statement is
// complete, evaluates it in the workspace, prints the result or the exception, and
// goes on; irb 1.4's Irb#eval_input is the model for what is printed when.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "vm/core/core.h"
#include "vm/irb/completion.h"
#include "vm/irb/input.h"
#include "vm/irb/irb.h"
#include "vm/irb/irbrc.h"
#include "vm/irb/output.h"
#include "vm/irb/prompt.h"
#include "vm/irb/statement.h"
#include "vm/irb/workspace.h"

namespace maglev::vm {

namespace {

using irb::StatementState;

int terminal_columns(int fd) {
  struct winsize ws = {};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 0) return std::atoi(c);
  return 80;
}

// main's exit / quit / irb_exit (irb's commands): end the session with status 0,
// whatever the argument, running at_exit handlers as the end of input does.
Value irb_exit(Vm& vm, Value, int, const Value*, Value) {
  vm.raise(vm.call(Value::object(vm.eSystemExit), sym::new_, {Value::fixnum(0)}));
}

void write_out(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
}

class Session {
 public:
  Session(Vm& vm, const RunOptions& options)
      : vm_(vm), ws_(vm) {
    stdin_tty_ = ::isatty(0);
    stdout_tty_ = ::isatty(1);
    const IrbOptions& io = options.irb_options;
    config_ = irb::load_config(vm, options, stdin_tty_);
    bool editing = io.line_editing >= 0 ? io.line_editing == 1 : stdin_tty_;
    if (editing) {
      reader_ = irb::make_editline_reader(
          config_.history_file, config_.save_history,
          [this](const std::string& word) { return irb::complete(vm_, ws_, word); });
    } else {
      reader_ = irb::make_stdio_reader();
    }
    // irb's verbose? (echo of input lines) is on for plain reads off a terminal;
    // prompting? also with line editing or a terminal.
    verbose_ = io.verbose >= 0 ? io.verbose == 1 : (!editing && !stdin_tty_);
    prompting_ = verbose_ || stdin_tty_ || editing;
    // pp's width is Reline's screen width: stdin's columns when stdout is a terminal,
    // 1 otherwise (Reline::GeneralIO); truncation uses the output's width.
    out_.return_format = config_.prompt.return_format;
    set_widths();
    out_.highlight = ::isatty(2);
    out_.back_trace_limit = config_.back_trace_limit;
    prompt_ctx_.irb_name = config_.irb_name;
    try {
      prompt_ctx_.main_to_s = vm.to_s(vm.main_obj);
      prompt_ctx_.main_inspect = vm.inspect(vm.main_obj);
    } catch (RubyError&) {
    }
    define_singleton_native(vm, vm.main_obj, "exit", irb_exit, -1);
    define_singleton_native(vm, vm.main_obj, "quit", irb_exit, -1);
    define_singleton_native(vm, vm.main_obj, "irb_exit", irb_exit, -1);
  }

  void run() {
    if (verbose_) write_out("Switch to inspect mode.\n");
    int line_no = 1;
    for (;;) {
      std::string buffer;
      int first_line = line_no;
      StatementState st;
      bool eof = false;
      try {
        for (;;) {
          std::string prompt = irb::make_prompt(config_.prompt, prompt_ctx_, st,
                                                buffer.empty(), line_no, prompting_);
          std::optional<std::string> line = reader_->read_line(prompt);
          if (!line) {
            eof = true;
            if (prompting_) write_out("\n");
            break;
          }
          if (verbose_) write_out(*line);
          std::string entry = *line;
          if (!entry.empty() && entry.back() == '\n') entry.pop_back();
          reader_->add_history(entry);
          ++line_no;
          if (buffer.empty() && *line == "\n") {   // irb skips empty lines
            first_line = line_no;
            continue;
          }
          buffer += *line;
          st = irb::check_statement(buffer, ws_.parse_options(first_line));
          if (st.kind != StatementState::Kind::kIncomplete) break;
        }
      } catch (irb::Interrupted&) {
        write_out("^C\n");
        continue;
      }
      if (eof && buffer.empty()) return;
      evaluate(buffer, first_line);
    }
  }

 private:
  void set_widths() {
    out_.pp_width = stdout_tty_ ? terminal_columns(0) : 1;
    out_.window_width = stdout_tty_ ? terminal_columns(1) : 80;
  }

  void evaluate(const std::string& source, int line) {
    set_widths();   // the terminal may have been resized
    try {
      Value v = ws_.eval(source, line);
      ws_.set_last_value(v);
      std::fflush(stdout);
      if (config_.echo) {
        bool omit = irb::is_assignment(source, ws_.parse_options(line));
        write_out(irb::format_result(vm_, v, omit, out_));
      }
    } catch (RubyError& e) {
      if (vm_.is_a(e.exception, vm_.eSystemExit) || vm_.is_a(e.exception, vm_.eSignalException))
        throw;
      std::fflush(stdout);
      write_out(irb::format_exception(vm_, e.exception, out_));
      ws_.set_last_value(e.exception);
    } catch (NonLocalExit&) {
      std::fflush(stdout);   // break/return/throw out of the statement: nothing to show
    }
  }

  Vm& vm_;
  irb::Workspace ws_;
  irb::IrbConfig config_;
  std::unique_ptr<irb::LineReader> reader_;
  irb::OutputSettings out_;
  irb::PromptContext prompt_ctx_;
  bool stdin_tty_ = false;
  bool stdout_tty_ = false;
  bool verbose_ = false;
  bool prompting_ = false;
};

}  // namespace

void run_irb(Vm& vm, const RunOptions& options) {
  Session session(vm, options);
  session.run();
}

}  // namespace maglev::vm
