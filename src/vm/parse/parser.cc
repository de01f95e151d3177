// parse(): the entry point, plus the Parser's token handling, syntax errors and the
// local-variable scopes (Ruby's static resolution of `foo` as a local or a call).
#include "vm/parse/parser.h"

#include <algorithm>

#include "vm/parse/error_snippet.h"
#include "vm/parse/parser_impl.h"
#include "vm/parse/tree_check.h"

namespace maglev::vm::parse {

namespace {
// Stack the parser may use before it calls input too deeply nested (~800 levels of
// brackets in a release build; fewer under sanitizers, whose frames are larger).
constexpr uintptr_t kStackBudget = 1u << 20;
}

Parser::Parser(std::string_view source, const ParseOptions& options, Ast* ast)
    : file_(options.file), dash_e_(options.dash_e), eval_(options.eval), ast_(ast),
      lex_(source, options.line, &Parser::is_local_cb, this),
      outer_(&options.outer_locals) {
  lex_.set_warning_sink(&lex_warnings_);
}

Parser::DepthGuard::DepthGuard(Parser* p) : p_(p) {
  ++p->depth_;
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t used = p->stack_base_ > here ? p->stack_base_ - here : here - p->stack_base_;
  if (used > kStackBudget) p->error("too deeply nested");
}

// ---- tokens and errors

void Parser::advance() {
  prev_ = std::move(tok_);
  tok_ = lex_.next();
  if (!lex_warnings_.empty()) {   // -w warnings of the lexer, in source order
    for (auto& [line, message] : lex_warnings_) warn(line, std::move(message), true);
    lex_warnings_.clear();
  }
}

bool Parser::accept(Tok k) {
  if (tok_.kind != k) return false;
  advance();
  return true;
}

void Parser::expect(Tok k, const char* expecting) {
  if (tok_.kind != k) unexpected(expecting);
  advance();
}

void Parser::unexpected(const char* expecting) {
  std::string msg = "syntax error, unexpected " + token_display(tok_);
  if (expecting) {
    msg += ", expecting ";
    msg += expecting;
  }
  throw ParseAbort{tok_.line, msg, tok_.kind == Tok::kEOF, tok_.beg, tok_.end};
}

void Parser::error(const std::string& message, int line) {
  throw ParseAbort{line ? line : tok_.line, message, false};
}

void Parser::error_at(const std::string& message, int64_t beg, int64_t end) {
  throw ParseAbort{tok_.line, message, false, beg, end};
}

void Parser::skip_newlines() {
  while (at(Tok::kNEWLINE)) advance();
}

void Parser::skip_terms() {
  while (at(Tok::kNEWLINE) || at(Tok::kSEMI)) advance();
}

// ---- scopes

void Parser::push_scope(ScopeKind kind) {
  Scope s;
  s.kind = kind;
  scopes_.push_back(std::move(s));
}

void Parser::reorder_scope(Scope& s, const std::vector<int>& first) {
  std::vector<int> order = first;   // old slot indices in their new order
  std::vector<bool> taken(s.locals.size(), false);
  for (int i : first) taken[static_cast<size_t>(i)] = true;
  for (size_t i = 0; i < s.locals.size(); ++i) {
    if (!taken[i]) order.push_back(static_cast<int>(i));
  }
  std::vector<int> new_index(s.locals.size());
  std::vector<std::string> locals;
  for (size_t k = 0; k < order.size(); ++k) {
    new_index[static_cast<size_t>(order[k])] = static_cast<int>(k);
    locals.push_back(s.locals[static_cast<size_t>(order[k])]);
  }
  for (Node* r : s.refs) r->num = new_index[static_cast<size_t>(r->num)];
  s.locals = std::move(locals);
}

void Parser::pop_scope_into(Node* scope_node) {
  Scope& s = scopes_.back();
  if (s.numparam_max > 0 && s.kind == ScopeKind::kBlock) {
    for (size_t i = scopes_.size() - 1; i-- > 0 && scopes_[i].kind == ScopeKind::kBlock;)
      scopes_[i].inner_numparams = true;
  }
  if (s.numparam_max > 0) {
    // numbered parameters must be the first slots: _1.._n, then the other locals
    for (int i = 1; i <= s.numparam_max; ++i) declare(numparam_name(i));
    std::vector<int> first;
    for (int i = 1; i <= s.numparam_max; ++i) {
      std::string name = numparam_name(i);
      for (size_t k = 0; k < s.locals.size(); ++k) {
        if (s.locals[k] == name) { first.push_back(static_cast<int>(k)); break; }
      }
    }
    reorder_scope(s, first);
  }
  if (scope_node) scope_node->locals = s.locals;
  warn_unused_locals(s);
  scopes_.pop_back();
}

Parser::Indent Parser::indent_of(const char* token, const Token& t) const {
  std::string_view src = lex_.source();
  size_t beg = std::min<size_t>(t.beg, src.size());
  size_t nl = beg == 0 ? std::string_view::npos : src.rfind('\n', beg - 1);
  size_t bol = nl == std::string_view::npos ? 0 : nl + 1;
  Indent in{token, t.line, 1, false};
  for (size_t i = bol; i < beg; ++i) {
    if (src[i] == '\t') in.column = ((in.column - 1) / 8 + 1) * 8;
    ++in.column;
    if (src[i] != ' ' && src[i] != '\t') in.nonspc = true;
  }
  return in;
}

void Parser::indent_check(const char* token, bool same) {
  if (indents_.empty() || eval_) return;   // (CRuby: not for eval'd code)
  Indent& open = indents_.back();
  Indent here = indent_of(token, tok_);
  if (open.line != here.line && !open.nonspc && !here.nonspc && open.column != here.column &&
      (same || open.column > here.column))
    warn(here.line, std::string("mismatched indentations at '") + token + "' with '" +
                        open.token + "' at " + std::to_string(open.line), true);
  // an `else` at the start of its line is what the `end` lines up with
  if (same && std::string_view(token) == "else" && !here.nonspc) open = here;
}

void Parser::indent_pop(const char* token) {
  if (indents_.empty()) return;
  indent_check(token, true);
  indents_.pop_back();
}

// parse.y's warn_unused_var; not for the top level of -e, an eval or an irb line
// (as CRuby 3.1).
void Parser::warn_unused_locals(const Scope& s) {
  if (scopes_.size() == 1 && (dash_e_ || eval_ || !outer_->empty())) return;
  for (const auto& [name, line] : s.assigned)
    if (name[0] != '_' && !s.used.contains(name))
      warn(line, "assigned but unused variable - " + name, true);
}

Parser::LocalRef Parser::lookup(std::string_view name) {
  LocalRef r;
  int depth = 0;
  for (size_t i = scopes_.size(); i-- > 0;) {
    Scope& s = scopes_[i];
    for (size_t k = 0; k < s.locals.size(); ++k) {
      if (s.locals[k] == name) {
        r.found = true;
        r.slot = static_cast<int>(k);
        r.depth = depth;
        r.scope = &s;
        return r;
      }
    }
    if (s.kind != ScopeKind::kBlock) {
      if (s.kind == ScopeKind::kTop && i == 0) {
        // continue into the enclosing scopes of an eval / irb line, innermost first
        for (size_t o = outer_->size(); o-- > 0;) {
          ++depth;
          const std::vector<std::string>& names = (*outer_)[o];
          for (size_t k = 0; k < names.size(); ++k) {
            if (names[k] == name) {
              r.found = true;
              r.slot = static_cast<int>(k);
              r.depth = depth;
              return r;
            }
          }
        }
      }
      return r;
    }
    ++depth;
  }
  return r;
}

Parser::LocalRef Parser::declare(const std::string& name, bool here) {
  LocalRef r = lookup(name);
  if (r.found && !here) return r;
  if (r.found && r.depth == 0 && !(here && name[0] == '_')) return r;
  Scope& s = scopes_.back();
  s.locals.push_back(name);
  r.found = true;
  r.slot = static_cast<int>(s.locals.size() - 1);
  r.depth = 0;
  r.scope = &s;
  return r;
}

Node* Parser::lvar(const std::string& name, const LocalRef& ref, int line) {
  Node* n = make(NodeKind::kLVAR, line);
  n->str = name;
  n->num = ref.slot;
  n->flags = static_cast<uint32_t>(ref.depth);
  if (ref.scope) {
    ref.scope->refs.push_back(n);
    ref.scope->used.insert(name);
  }
  return n;
}

void Parser::check_not_numparam(std::string_view name) {
  if (is_numparam_name(name)) error(std::string(name) + " is reserved for numbered parameter");
}

Node* Parser::lasgn(const std::string& name, int line, bool here) {
  check_not_numparam(name);
  size_t before = scopes_.back().locals.size();
  LocalRef ref = declare(name, here);
  if (!here && scopes_.back().locals.size() > before) scopes_.back().assigned.emplace_back(name, line);
  Node* n = make(NodeKind::kLASGN, line);
  n->str = name;
  n->num = ref.slot;
  n->flags = static_cast<uint32_t>(ref.depth);
  if (ref.scope) ref.scope->refs.push_back(n);
  return n;
}

bool Parser::is_local_cb(void* ctx, std::string_view name) {
  return static_cast<Parser*>(ctx)->lookup(name).found;
}

bool Parser::in_def() const {
  for (size_t i = scopes_.size(); i-- > 0;) {
    if (scopes_[i].kind == ScopeKind::kDef) return true;
    if (scopes_[i].kind != ScopeKind::kBlock) return false;
  }
  return false;
}

std::vector<std::string> Parser::top_locals() const {
  return scopes_.empty() ? std::vector<std::string>{} : scopes_.front().locals;
}

// ---- program

Node* Parser::parse_program() {
  stack_base_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  push_scope(ScopeKind::kTop);
  advance();
  Node* prog = make(NodeKind::kPROGRAM, 1);
  prog->line = tok_.line;
  Node* body = parse_stmts();
  if (!at(Tok::kEOF)) {
    switch (tok_.kind) {
      case Tok::kKW_END: case Tok::kRPAREN: case Tok::kRBRACK: case Tok::kRBRACE:
      case Tok::kKW_ELSE: case Tok::kKW_ELSIF: case Tok::kKW_WHEN: case Tok::kKW_ENSURE:
      case Tok::kKW_RESCUE: case Tok::kKW_THEN: case Tok::kEMBEXPR_END:
        // CRuby names what it expected only once a statement was parsed
        unexpected(body ? "end-of-input" : nullptr);
      default:
        unexpected("end-of-input");
    }
  }
  prog->a = body;
  prog->locals = scopes_.front().locals;
  warn_unused_locals(scopes_.front());
  if (lex_.frozen_string_literal()) prog->flags |= kProgramFrozenStrings;
  prog->str = lex_.source_encoding();
  return prog;
}

ParseResult parse(std::string_view source, const ParseOptions& options) {
  ParseResult result;
  result.ast = std::make_unique<Ast>();
  Parser parser(source, options, result.ast.get());
  try {
    result.root = parser.parse_program();
    result.top_locals = parser.top_locals();
    result.data = parser.data();
    result.frozen_string_literal = result.root->flags & kProgramFrozenStrings;
    result.incomplete = parser.continued_at_eof();
    if (auto error = check_tree(result.root, source, options)) {
      result.errors.push_back(*error);
      result.root = nullptr;
    }
    result.warnings = parser.take_warnings();
  } catch (const ParseAbort& abort) {
    result.warnings = parser.take_warnings();
    result.root = nullptr;
    result.errors.push_back(SyntaxError{
        options.file, abort.line, abort.message,
        error_snippet(source, options.line, abort.line, abort.beg, abort.end)});
    result.incomplete = abort.incomplete;
  }
  return result;
}

}  // namespace maglev::vm::parse
