// Where maglev-irb's lines come from: plain reads of stdin (piped input, or
// --noreadline), or libedit on a terminal, with line editing, a history file kept
// across sessions (mode 0600) and tab completion.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace maglev::vm::irb {

class LineReader {
 public:
  virtual ~LineReader() = default;
  // Shows `prompt`, reads one line. The line keeps its '\n' (absent only on a last
  // line without one). nullopt at end of input. Throws Interrupted on Ctrl-C.
  virtual std::optional<std::string> read_line(const std::string& prompt) = 0;
  // Records a line (without its '\n') in the history, and saves the history file.
  virtual void add_history(const std::string& line) { (void)line; }
};

// Ctrl-C while reading: the current input is dropped.
struct Interrupted {};

// Reads lines from the C stdin stream (shared with Ruby's $stdin), printing the
// prompt on stdout.
std::unique_ptr<LineReader> make_stdio_reader();

// Completion candidates for `word` (the text before the cursor, from the start of
// the expression being completed): full replacements for the word.
using Completer = std::function<std::vector<std::string>(const std::string& word)>;

// libedit on the terminal. `history_file` (empty: none) is read now and rewritten
// (0600, at most `history_size` lines) after every line.
std::unique_ptr<LineReader> make_editline_reader(const std::string& history_file,
                                                 int history_size, Completer completer);

}  // namespace maglev::vm::irb
