// Prompt strings (prompt.h), following irb 1.4's Irb#prompt and eval_input.
#include "vm/irb/prompt.h"

#include <cctype>
#include <cstdio>

namespace maglev::vm::irb {

namespace {

// Irb#prompt: replaces /%([0-9]+)?([a-zA-Z])/; unknown letters vanish.
std::string expand(const std::string& fmt, const PromptContext& ctx, char ltype, int indent,
                   int line_no) {
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    size_t j = i + 1;
    while (j < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[j]))) ++j;
    if (j >= fmt.size() || !std::isalpha(static_cast<unsigned char>(fmt[j]))) {
      out += fmt[i];
      continue;
    }
    std::string width = fmt.substr(i + 1, j - i - 1);
    auto number = [&](int n) {
      if (width.empty()) return std::to_string(n);
      std::string spec = "%" + width + "d";
      char buf[64];
      std::snprintf(buf, sizeof buf, spec.c_str(), n);
      return std::string(buf);
    };
    switch (fmt[j]) {
      case 'N': out += ctx.irb_name; break;
      case 'm': out += ctx.main_to_s; break;
      case 'M': out += ctx.main_inspect; break;
      case 'l': if (ltype) out += ltype; break;
      case 'i':
        if (indent < 0) {
          std::string dash = "-";
          if (!width.empty()) {
            size_t w = static_cast<size_t>(std::atoi(width.c_str()));
            if (w > 1) dash.insert(0, w - 1, ' ');
          }
          out += dash;
        } else {
          out += number(indent);
        }
        break;
      case 'n': out += number(line_no); break;
      default: break;
    }
    i = j;
  }
  return out;
}

size_t last_line_length(const std::string& s) {
  size_t nl = s.rfind('\n');
  return nl == std::string::npos ? s.size() : s.size() - nl - 1;
}

}  // namespace

std::string make_prompt(const PromptMode& mode, const PromptContext& ctx,
                        const StatementState& st, bool first_line, int line_no,
                        bool prompting) {
  const std::string* fmt = &mode.prompt_i;
  if (!first_line) {
    if (st.literal) fmt = &mode.prompt_s;
    else if (st.continued) fmt = &mode.prompt_c;
    else if (st.indent > 0) fmt = &mode.prompt_n;
  }
  std::string p = prompting ? expand(*fmt, ctx, st.literal, st.indent, line_no) : "";
  // irb pads the prompt so the line starts at the statement's indentation, measured
  // from the end of PROMPT_I; not inside literals.
  if (mode.auto_indent && st.literal == 0) {
    long ind = static_cast<long>(last_line_length(expand(mode.prompt_i, ctx, 0, st.indent,
                                                          line_no))) +
               st.indent * 2 - static_cast<long>(p.size());
    if (st.continued) ind += 2;
    if (ind > 0) p.append(static_cast<size_t>(ind), ' ');
  }
  return p;
}

std::string apply_return_format(const std::string& format, const std::string& text) {
  std::string out;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '%' && i + 1 < format.size()) {
      char c = format[i + 1];
      if (c == 's') { out += text; ++i; continue; }
      if (c == '%') { out += '%'; ++i; continue; }
    }
    out += format[i];
  }
  return out;
}

}  // namespace maglev::vm::irb
