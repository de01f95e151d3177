// Line sources for the REPL (input.h): stdio for pipes, libedit for terminals.
// libedit rather than GNU readline: BSD-licensed (maglev is MIT; readline is GPLv3),
// maintained in Debian (libedit-dev), and its readline-compatible API covers what irb
// needs (editing, history file, completion hooks).
#include "vm/irb/input.h"

#include <editline/readline.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace maglev::vm::irb {

namespace {

class StdioReader : public LineReader {
 public:
  std::optional<std::string> read_line(const std::string& prompt) override {
    std::fputs(prompt.c_str(), stdout);
    std::fflush(stdout);
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF) {
      line.push_back(static_cast<char>(c));
      if (c == '\n') break;
    }
    if (line.empty()) {
      std::clearerr(stdin);   // a later read may find more (a terminal's Ctrl-D)
      return std::nullopt;
    }
    return line;
  }
};

// --- libedit ---------------------------------------------------------------------

volatile sig_atomic_t g_interrupted = 0;

void on_sigint(int) { g_interrupted = 1; }

Completer* g_completer = nullptr;
std::vector<std::string> g_matches;

char* match_generator(const char* /*text*/, int state) {
  static size_t next;
  if (state == 0) next = 0;
  if (next >= g_matches.size()) return nullptr;
  return ::strdup(g_matches[next++].c_str());
}

// Characters that end the word being completed: everything that cannot be part of
// an expression like `foo.ba`, `Foo::Ba`, `@iv`, `$gl` or `:sym`.
char kWordBreaks[] = " \t\n`><=;|&{(";   // irb's (Reline) set

char** attempt_completion(const char* text, int /*start*/, int /*end*/) {
  rl_attempted_completion_over = 1;   // no file name completion
  g_matches.clear();
  if (g_completer != nullptr) g_matches = (*g_completer)(text);
  if (g_matches.empty()) return nullptr;
  return rl_completion_matches(text, match_generator);
}

class EditlineReader : public LineReader {
 public:
  EditlineReader(std::string history_file, int history_size, Completer completer)
      : history_file_(std::move(history_file)), history_size_(history_size),
        completer_(std::move(completer)) {
    std::setlocale(LC_CTYPE, "");   // libedit decodes multibyte input by the locale
    rl_readline_name = const_cast<char*>("maglev-irb");
    rl_catch_signals = 0;           // Ctrl-C is ours (on_sigint)
    rl_completer_word_break_characters = kWordBreaks;
    rl_basic_word_break_characters = kWordBreaks;
    rl_attempted_completion_function = attempt_completion;
    rl_completion_append_character = '\0';
    g_completer = &completer_;
    rl_initialize();
    using_history();
    if (history_size_ > 0) stifle_history(history_size_);
    if (!history_file_.empty()) read_history(history_file_.c_str());
  }
  ~EditlineReader() override { g_completer = nullptr; }

  std::optional<std::string> read_line(const std::string& prompt) override {
    std::fflush(stdout);
    struct sigaction sa = {}, old = {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   // no SA_RESTART: the terminal read returns EINTR
    sigaction(SIGINT, &sa, &old);
    g_interrupted = 0;
    char* line = readline(prompt.c_str());
    sigaction(SIGINT, &old, nullptr);
    if (g_interrupted) {
      std::free(line);
      throw Interrupted{};
    }
    if (line == nullptr) {
      // libedit echoes Ctrl-D at an empty line as "^D"; irb shows nothing there.
      std::fputs("\b\b  \b\b", stdout);
      return std::nullopt;
    }
    std::string s(line);
    std::free(line);
    return s + "\n";
  }

  void add_history(const std::string& line) override {
    if (line.empty() || history_size_ == 0) return;
    ::add_history(line.c_str());
    if (history_file_.empty()) return;
    mode_t old = ::umask(077);   // a new history file is private from the start
    write_history(history_file_.c_str());
    ::umask(old);
    ::chmod(history_file_.c_str(), 0600);
  }

 private:
  std::string history_file_;
  int history_size_;
  Completer completer_;
};

}  // namespace

std::unique_ptr<LineReader> make_stdio_reader() { return std::make_unique<StdioReader>(); }

std::unique_ptr<LineReader> make_editline_reader(const std::string& history_file,
                                                 int history_size, Completer completer) {
  return std::make_unique<EditlineReader>(history_file, history_size, std::move(completer));
}

}  // namespace maglev::vm::irb
