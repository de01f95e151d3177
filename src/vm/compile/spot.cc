// error_highlight's spotting rules (CRuby 3.1 lib/error_highlight/base.rb, the :name
// point type), applied to node spans at compile time. Each function names the Ruby
// method it follows; the regular expressions it matches are written out by hand.
#include "vm/compile/spot.h"

#include <algorithm>

namespace maglev::vm {

using parse::Node;
using parse::NodeKind;

namespace {

bool is_space(char c) {   // Ruby's \s
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Skips [\s)]* (or \s* with parens = false) from p.
size_t skip(std::string_view s, size_t p, bool parens) {
  while (p < s.size() && (is_space(s[p]) || (parens && s[p] == ')'))) ++p;
  return p;
}

bool at(std::string_view s, size_t p, std::string_view what) {
  return p <= s.size() && s.substr(p, what.size()) == what;
}

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string_view without_suffix(std::string_view s, char c) {
  return !s.empty() && s.back() == c ? s.substr(0, s.size() - 1) : s;
}

}  // namespace

Spotter::Spotter(std::string_view source) : src_(source) {
  starts_.push_back(0);
  for (size_t i = 0; i < source.size(); ++i)
    if (source[i] == '\n') starts_.push_back(static_cast<uint32_t>(i + 1));
}

Spotter::Pos Spotter::pos(int32_t offset) const {
  auto off = static_cast<uint32_t>(std::max<int32_t>(offset, 0));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
  int line = static_cast<int>(it - starts_.begin());
  return {line, static_cast<int>(off - starts_[line - 1])};
}

std::string_view Spotter::fetch(int first, int last) const {
  if (first < 1 || last < first || last > static_cast<int>(starts_.size())) return {};
  size_t b = starts_[first - 1];
  size_t e = last < static_cast<int>(starts_.size()) ? starts_[last] : src_.size();
  std::string_view text = src_.substr(b, e - b);
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return {};
  return text;
}

std::optional<Spot> Spotter::done(int line, int beg, int end) const {
  if (beg < 0 || beg >= end) return std::nullopt;
  return Spot{line, beg, end};
}

// spot_call_for_name: `recv.mid`, `recv&.mid`, `recv[args]`, and `x op= v` on a variable.
std::optional<Spot> Spotter::call_named(const Node* recv, std::string_view mid, int32_t call_end,
                                        const Node* last_arg) const {
  if (recv == nullptr || recv->end < 0) return std::nullopt;
  Pos r = pos(recv->end);
  std::string_view lines = fetch(r.line, std::max(r.line, pos(call_end).line));
  if (lines.empty()) return std::nullopt;
  size_t rc = static_cast<size_t>(r.col);
  std::string_view first = lines.substr(0, lines.find('\n'));
  if (mid == "[]") {   // /\G[\s)]*(\[(?:\s*\])?)/
    size_t p = skip(lines, rc, true);
    if (at(lines, p, "[")) {
      int beg = static_cast<int>(p);
      if (last_arg != nullptr) {   // the first `]` after the last argument
        Pos a = pos(last_arg->end);
        if (a.line != r.line) return std::nullopt;
        size_t q = first.find(']', static_cast<size_t>(a.col));
        if (q == std::string_view::npos) return std::nullopt;
        return done(r.line, beg, static_cast<int>(q + 1));
      }
      size_t q = skip(lines, p + 1, false);   // /\G[\s)]*?\[\s*\]/
      if (!at(lines, q, "]")) return std::nullopt;
      return done(r.line, beg, static_cast<int>(q + 1));
    }
  }
  // /\G[\s)]*?(\&?\.)(\s*?)(mid).*\n/
  size_t p = skip(lines, rc, true);
  size_t dot_end = at(lines, p, "&.") ? p + 2 : at(lines, p, ".") ? p + 1 : 0;
  if (dot_end != 0) {
    size_t q = skip(lines, dot_end, false);
    if (at(lines, q, mid)) {
      bool newline_between = lines.substr(dot_end, q - dot_end).find('\n') != std::string_view::npos;
      size_t beg = newline_between ? q : p;
      size_t end = q + mid.size();
      size_t nl = lines.substr(0, beg + 1).rfind('\n');
      if (nl == std::string_view::npos) return done(r.line, static_cast<int>(beg), static_cast<int>(end));
      int line = r.line + static_cast<int>(std::count(lines.begin(), lines.begin() + beg + 1, '\n'));
      return done(line, static_cast<int>(beg - nl - 1), static_cast<int>(end - nl - 1));
    }
  }
  // an operator method: /\G\s*(mid)=.*\n/ (the `+` of `x += 1`)
  bool operator_name = !mid.empty() && std::none_of(mid.begin(), mid.end(), is_word);
  if (!operator_name) return std::nullopt;
  size_t q = skip(first, rc, false);
  if (!at(first, q, mid) || !at(first, q + mid.size(), "=")) return std::nullopt;
  return done(r.line, static_cast<int>(q), static_cast<int>(q + mid.size()));
}

// spot_opcall_for_name: `x + y` marks the operator; `-x` the operator before x.
std::optional<Spot> Spotter::opcall(const Node* call) const {
  const Node* recv = call->a;
  if (recv->end < 0 || recv->beg < 0) return std::nullopt;
  Pos r = pos(recv->end);
  std::string_view snippet = fetch(r.line, r.line);
  if (snippet.empty()) return std::nullopt;
  std::string_view op = call->str;
  if (!call->list.empty()) {   // /\G[\s)]*(op)/
    size_t p = skip(snippet, static_cast<size_t>(r.col), true);
    if (!at(snippet, p, op)) return std::nullopt;
    return done(r.line, static_cast<int>(p), static_cast<int>(p + op.size()));
  }
  // snippet[...recv.first_column] =~ /(op)\s*\(?\s*\z/
  op = without_suffix(op, '@');
  size_t q = std::min(static_cast<size_t>(pos(recv->beg).col), snippet.size());
  while (q > 0 && is_space(snippet[q - 1])) --q;
  if (q > 0 && snippet[q - 1] == '(') --q;
  while (q > 0 && is_space(snippet[q - 1])) --q;
  if (q < op.size() || snippet.substr(q - op.size(), op.size()) != op) return std::nullopt;
  return done(r.line, static_cast<int>(q - op.size()), static_cast<int>(q));
}

// spot_vcall (also CONST and COLON3): the whole node when it is on one line.
std::optional<Spot> Spotter::whole(const Node* n) const {
  if (n->beg < 0 || n->end < 0) return std::nullopt;
  Pos b = pos(n->beg), e = pos(n->end);
  if (b.line != e.line || fetch(e.line, e.line).empty()) return std::nullopt;
  return done(e.line, b.col, e.col);
}

std::optional<Spot> Spotter::call(const Node* n) const {
  if (n->beg < 0 || n->end < 0) return std::nullopt;
  if (n->a == nullptr) {
    if (n->flags & parse::kCallVcall) return whole(n);
    // spot_fcall_for_name: the first occurrence of the name from the node's start
    Pos b = pos(n->beg);
    std::string_view snippet = fetch(b.line, b.line);
    size_t p = snippet.find(n->str, static_cast<size_t>(b.col));
    if (p == std::string_view::npos) return std::nullopt;
    return done(b.line, static_cast<int>(p), static_cast<int>(p + n->str.size()));
  }
  if ((n->flags & parse::kCallOperator) && n->str != "[]" && n->str != "=~") return opcall(n);
  // The call's own span ends before its block (CRuby's ITER wraps the CALL).
  int32_t own_end = n->b && n->b->kind == NodeKind::kBLOCK && n->b->beg >= 0 ? n->b->beg : n->end;
  const Node* last_arg = n->str == "[]" && !n->list.empty() ? n->list.back() : nullptr;
  return call_named(n->a, n->str, own_end, last_arg);
}

std::optional<Spot> Spotter::var_op(const Node* var, std::string_view op) const {
  return call_named(var, op, var->end, nullptr);
}

bool Spotter::after_receiver(const Node* target, Pos* r, std::string_view* snippet,
                             size_t* p) const {
  if (target->a->end < 0) return false;
  *r = pos(target->a->end);
  *snippet = fetch(r->line, r->line);
  *p = skip(*snippet, static_cast<size_t>(r->col), true);
  return !snippet->empty();
}

size_t Spotter::index_args_end(const Node* target, Pos r, size_t bracket) const {
  if (!target->list.empty()) {
    Pos a = pos(target->list.back()->end);
    if (a.line == r.line) return static_cast<size_t>(a.col);
  }
  return bracket + 1;
}

// spot_attrasgn_for_name: `x.foo = v` marks `.foo =`, `x[i] = v` marks `[i] =`.
std::optional<Spot> Spotter::attrasgn(const Node* n) const {
  Pos r;
  std::string_view snippet;
  size_t p;
  if (!after_receiver(n, &r, &snippet, &p)) return std::nullopt;
  if (n->str == "[]=" && at(snippet, p, "[")) {
    size_t args_last = index_args_end(n, r, p);
    for (size_t q = args_last; q < snippet.size(); ++q) {   // /[\s)]*\]\s*=/
      size_t t = skip(snippet, q, true);
      if (!at(snippet, t, "]")) continue;
      t = skip(snippet, t + 1, false);
      if (at(snippet, t, "=")) return done(r.line, static_cast<int>(p), static_cast<int>(t + 1));
    }
    return std::nullopt;
  }
  // /\G[\s)]*(\.\s*name\s*=)/
  if (!at(snippet, p, ".")) return std::nullopt;
  size_t t = skip(snippet, p + 1, false);
  std::string_view name = without_suffix(n->str, '=');
  if (!at(snippet, t, name)) return std::nullopt;
  t = skip(snippet, t + name.size(), false);
  if (!at(snippet, t, "=")) return std::nullopt;
  return done(r.line, static_cast<int>(p), static_cast<int>(t + 1));
}

// spot_op_asgn1_for_name and spot_op_asgn2_for_name.
std::optional<Spot> Spotter::op_asgn_attr(const Node* target, std::string_view op,
                                          std::string_view name) const {
  Pos r;
  std::string_view snippet;
  size_t p;
  if (!after_receiver(target, &r, &snippet, &p)) return std::nullopt;
  if (target->str == "[]=") {   // x[i] op= v
    if (!at(snippet, p, "[")) return std::nullopt;
    size_t args_last = index_args_end(target, r, p);
    for (size_t q = args_last; q < snippet.size(); ++q) {   // /\s*\](\s*)(op)=()/
      size_t t = skip(snippet, q, false);
      if (!at(snippet, t, "]")) continue;
      size_t close = t + 1;
      size_t op_beg = skip(snippet, close, false);
      if (!at(snippet, op_beg, op) || !at(snippet, op_beg + op.size(), "=")) continue;
      if (name == "[]") return done(r.line, static_cast<int>(p), static_cast<int>(close));
      if (name == "[]=") return done(r.line, static_cast<int>(p), static_cast<int>(op_beg + op.size() + 1));
      if (name == op) return done(r.line, static_cast<int>(op_beg), static_cast<int>(op_beg + op.size()));
      return std::nullopt;
    }
    return std::nullopt;
  }
  // x.attr op= v: /\G[\s)]*(\.)\s*attr()\s*(op)(=)/
  std::string_view attr = without_suffix(target->str, '=');
  if (!at(snippet, p, ".")) return std::nullopt;
  size_t t = skip(snippet, p + 1, false);
  if (!at(snippet, t, attr)) return std::nullopt;
  size_t attr_end = t + attr.size();
  size_t op_beg = skip(snippet, attr_end, false);
  if (!at(snippet, op_beg, op) || !at(snippet, op_beg + op.size(), "=")) return std::nullopt;
  if (name == attr) return done(r.line, static_cast<int>(p), static_cast<int>(attr_end));
  if (name == op) return done(r.line, static_cast<int>(op_beg), static_cast<int>(op_beg + op.size()));
  if (name == target->str) return done(r.line, static_cast<int>(p), static_cast<int>(op_beg + op.size() + 1));
  return std::nullopt;
}

// CONST and COLON3 (spot_vcall); COLON2 (spot_colon2): `Foo::Bar` marks `::Bar`.
std::optional<Spot> Spotter::constant(const Node* n) const {
  if (n->kind != NodeKind::kCOLON2) return whole(n);
  const Node* parent = n->a;
  if (parent->end < 0 || n->end < 0) return std::nullopt;
  Pos pe = pos(parent->end), ne = pos(n->end);
  if (fetch(ne.line, ne.line).empty()) return std::nullopt;
  if (pe.line == ne.line) return done(ne.line, pe.col, ne.col);
  std::string_view before = fetch(ne.line, ne.line).substr(0, static_cast<size_t>(ne.col));
  if (before.size() < n->str.size() || before.substr(before.size() - n->str.size()) != n->str)
    return std::nullopt;
  return done(ne.line, static_cast<int>(before.size() - n->str.size()), ne.col);
}

// spot_op_cdecl: the operator, or the constant path after its parent (`::C` whole).
std::optional<Spot> Spotter::op_cdecl(const Node* cdecl, std::string_view op,
                                      std::string_view name) const {
  if (cdecl->beg < 0 || cdecl->end < 0) return std::nullopt;
  Pos le = pos(cdecl->end);
  std::string_view snippet = fetch(le.line, le.line);
  if (snippet.empty()) return std::nullopt;
  if (name == op) {   // /\G\s*(op)=/
    size_t p = skip(snippet, static_cast<size_t>(le.col), false);
    if (!at(snippet, p, op) || !at(snippet, p + op.size(), "=")) return std::nullopt;
    return done(le.line, static_cast<int>(p), static_cast<int>(p + op.size()));
  }
  const Node* parent = cdecl->b;
  Pos from = parent == nullptr ? pos(cdecl->beg) : pos(parent->end);
  if ((parent != nullptr && parent->end < 0) || from.line != le.line) return std::nullopt;
  return done(le.line, from.col, le.col);
}

}  // namespace maglev::vm
