// Results and exceptions as irb prints them (output.h): Irb#output_value and
// Irb#handle_exception of irb 1.4, and full_message's layout from CRuby's error.c.
#include "vm/irb/output.h"

#include <optional>
#include <vector>

#include "vm/core/core.h"
#include "vm/irb/pretty_print.h"
#include "vm/irb/prompt.h"

namespace maglev::vm::irb {

namespace {

// Reline::Unicode.calculate_width: control characters count 2 (shown as ^X).
int display_width(std::string_view s) {
  int w = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    w += c < 0x20 ? 2 : 1;
  }
  return w;
}

// The first `max` columns of `s` (Reline::Unicode.split_by_width(s, max)[0].first).
std::string first_columns(std::string_view s, int max) {
  std::string out;
  int w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    int cw = c < 0x20 ? 2 : 1;
    if (w + cw > max) break;
    w += cw;
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::optional<std::string> seed_array_layout(Vm& vm, Value v) {
  if (!is_array(v) || ary_len(v) == 0) return std::nullopt;
  std::vector<Value> items(ary_ptr(v)->ptr, ary_ptr(v)->ptr + ary_len(v));
  std::vector<std::string> texts;
  bool multiline = false;
  for (Value item : items) {
    texts.push_back(vm.inspect(item));
    multiline = multiline || texts.back().find('\n') != std::string::npos;
  }
  if (!multiline) return std::nullopt;
  // Each element starts on a line of its own and is followed by a comma; the
  // closing bracket has a line of its own.
  std::string out = "[";
  for (const std::string& t : texts) {
    if (out.back() != '\n' && (t.empty() || t.front() != '\n')) out += '\n';
    out += t;
    out += ',';
  }
  out += "\n]";
  return out;
}

}  // namespace

std::string inspect_for_irb(Vm& vm, Value v, int pp_width, bool* seed_layout) {
  if (auto s = seed_array_layout(vm, v)) {
    *seed_layout = true;
    return *s;
  }
  *seed_layout = false;
  return pretty_inspect(vm, v, pp_width);
}

std::string format_result(Vm& vm, Value v, bool omit, const OutputSettings& settings) {
  std::string out;
  std::string str;
  bool seed = false;
  try {
    str = inspect_for_irb(vm, v, settings.pp_width, &seed);
  } catch (RubyError&) {
    out += "(Object doesn't support #inspect)\n";
    str.clear();
  }
  bool multiline = str.find('\n') != std::string::npos;
  const std::string& fmt = settings.return_format;
  if (omit) {
    int winwidth = settings.window_width;
    if (multiline) {
      std::string first_line = str.substr(0, str.find('\n'));
      std::string result = apply_return_format(fmt, first_line);
      int output_width = display_width(result);
      int diff = output_width - display_width(first_line);
      if (diff > 0 && output_width > winwidth) {
        str = first_columns(first_line, winwidth - diff - 3) + "...";
        multiline = false;
      } else {
        str = str.substr(0, str.find('\n') + 1) + "...";
      }
    } else {
      int output_width = display_width(apply_return_format(fmt, str));
      int diff = output_width - display_width(str);
      if (diff > 0 && output_width > winwidth)
        str = first_columns(str, winwidth - diff - 3) + "...";
    }
  }
  // irb puts a multi-line result on the line after "=> "; MagLev's array layout
  // starts right after it ("=> [").
  out += apply_return_format(fmt, multiline && !seed ? "\n" + str : str);
  return out;
}

std::string format_exception(Vm& vm, Value exc, const OutputSettings& settings) {
  const char* bold = settings.highlight ? "\033[1m" : "";
  const char* underline = settings.highlight ? "\033[1;4m" : "";
  const char* reset = settings.highlight ? "\033[m" : "";
  std::vector<std::string> bt;
  try {
    Value b = vm.call(exc, intern("backtrace"));
    if (is_array(b))
      for (int64_t i = 0; i < ary_len(b); ++i)
        if (is_string(ary_at(b, i))) bt.push_back(str_std(ary_at(b, i)));
  } catch (RubyError&) {
  }
  std::string msg;
  try {
    Value m = vm.call(exc, intern("message"));
    msg = is_string(m) ? str_std(m) : vm.to_s(m);
  } catch (RubyError&) {
    msg = vm.class_name_of(exc);
  }
  std::string cls = vm.class_name_of(exc);
  std::string out = bt.empty() ? "" : bt[0] + ": ";
  if (msg.empty()) {
    out += underline;
    out += vm.is_a(exc, vm.eRuntimeError) && vm.class_of(exc) == vm.eRuntimeError
               ? "unhandled exception" : cls;
    out += reset;
    out += '\n';
  } else {
    size_t nl = msg.find('\n');
    bool has_tail = nl != std::string::npos;
    std::string first = has_tail ? msg.substr(0, nl) : msg;
    std::string tail = has_tail ? msg.substr(nl + 1) : "";
    out += bold + first + " (" + underline + cls + reset + bold + ")" + reset;
    if (!tail.empty()) {
      out += '\n';
      if (settings.highlight) {
        size_t pos = 0;
        while (pos < tail.size()) {
          size_t e = tail.find('\n', pos);
          std::string line = tail.substr(pos, e == std::string::npos ? std::string::npos : e - pos);
          out += bold + line + reset;
          if (e == std::string::npos) break;
          out += '\n';
          pos = e + 1;
        }
        out += '\n';
      } else {
        out += tail;
        if (tail.back() != '\n') out += '\n';
      }
    } else {
      out += '\n';
    }
  }
  // full_message's "from" lines; a deep SystemStackError keeps its first 8 and last
  // 4 (error.c's TRACE_HEAD/TRACE_TAIL).
  std::vector<std::string> from;
  size_t len = bt.size();
  size_t skip_start = 0, skip_len = 0;
  if (vm.is_a(exc, vm.eSystemStackError) && len > 18) {
    skip_start = 9;
    skip_len = len - 13;
  }
  for (size_t i = 1; i < len; ++i) {
    if (i == skip_start) {
      from.push_back("\t ... " + std::to_string(skip_len) + " levels...");
      i += skip_len;
      if (i >= len) break;
    }
    from.push_back("\tfrom " + bt[i]);
  }
  // irb keeps the first back_trace_limit of those lines.
  size_t keep = std::min(from.size(), static_cast<size_t>(settings.back_trace_limit));
  for (size_t i = 0; i < keep; ++i) out += from[i] + "\n";
  if (from.size() > keep) out += "\t... " + std::to_string(from.size() - keep) + " levels...\n";
  return out;
}

}  // namespace maglev::vm::irb
