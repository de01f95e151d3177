// error_snippet(): the source and caret lines under a syntax error, as CRuby 3.1's
// ruby_show_error_line draws them on a terminal that is not a tty.
#include "vm/parse/error_snippet.h"

namespace maglev::vm::parse {

namespace {

constexpr size_t kMargin = 30;   // bytes shown either side of the location's end

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string error_snippet(std::string_view source, int first_line, int line, int64_t beg,
                          int64_t end) {
  if (beg < 0 || line < first_line) return {};
  // the reported line: [lbeg, lend) without its line break
  size_t lbeg = 0;
  for (int l = first_line; l < line; ++l) {
    size_t nl = source.find('\n', lbeg);
    if (nl == std::string_view::npos) return {};
    lbeg = nl + 1;
  }
  size_t next = source.find('\n', lbeg);
  size_t lend = next == std::string_view::npos ? source.size() : next;
  size_t after = next == std::string_view::npos ? source.size() : next + 1;
  auto ubeg = static_cast<size_t>(beg);
  // the location must start on this line (an error at end of input is shown at the
  // end of the last line)
  if (ubeg < lbeg || (ubeg >= after && ubeg != source.size())) return {};
  if (lend > lbeg && source[lend - 1] == '\r') --lend;
  std::string_view text = source.substr(lbeg, lend - lbeg);
  size_t pend = text.size();
  size_t pt = pend;
  auto uend = static_cast<size_t>(end < beg ? beg : end);
  if (uend < after && uend - lbeg < pend) pt = uend - lbeg;
  size_t ptr = pt > kMargin ? pt - kMargin : 0;
  size_t lim = pend - pt > kMargin ? pt + kMargin : pend;
  size_t ptr_end = pt;
  while (ptr_end < lim && text[ptr_end] != '\r') ++ptr_end;
  const char* pre = "";
  const char* post = "";
  bool single_line = uend <= after;
  if (ptr_end - ptr > 4) {
    if (ptr > 0) {
      do --ptr; while (ptr > 0 && continuation_byte(text[ptr]));
      if (ptr > 0) pre = "...";
    }
    if (ptr_end < pend) {   // (CRuby steps back one character here too)
      do --ptr_end; while (ptr_end > pt && continuation_byte(text[ptr_end]));
      if (ptr_end < pend) post = "...";
    }
  } else if (single_line) {
    return {};
  }
  size_t pb = ubeg - lbeg;
  if (pb > pt) pb = pt;
  if (pb < ptr) pb = ptr;
  std::string out = pre;
  out.append(text.substr(ptr, ptr_end - ptr));
  out += post;
  out += '\n';
  out += pre;
  size_t limit = pt < pend ? pt : pend;
  size_t p = ptr;
  for (; p < pb; ++p) out += text[p] == '\t' ? '\t' : ' ';
  out += '^';
  ++p;
  if (limit > p) out.append(limit - p, '~');
  return out;
}

}  // namespace maglev::vm::parse
