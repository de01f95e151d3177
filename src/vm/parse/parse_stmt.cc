// Statements: sequences, modifiers, control structures (if/while/for/case/begin),
// rescue/ensure bodies and definitions (def/class/module/alias/undef/BEGIN/END).
#include "vm/parse/parser_impl.h"

namespace maglev::vm::parse {

namespace {

bool closes_stmts(Tok k) {
  switch (k) {
    case Tok::kEOF: case Tok::kKW_END: case Tok::kRBRACE: case Tok::kRPAREN:
    case Tok::kEMBEXPR_END: case Tok::kKW_ELSE: case Tok::kKW_ELSIF: case Tok::kKW_WHEN:
    case Tok::kKW_IN: case Tok::kKW_RESCUE: case Tok::kKW_ENSURE: case Tok::kRBRACK:
    case Tok::kKW_THEN:
      return true;
    default:
      return false;
  }
}

}  // namespace

// A condition: ranges in conditions are flip-flops (through and/or/not too).
namespace {

// parse.y's is_static_content: a literal, or an array/hash of them.
bool static_content(const Node* n) {
  if (n == nullptr) return true;
  switch (n->kind) {
    case NodeKind::kINT: case NodeKind::kBIGNUM: case NodeKind::kFLOAT:
    case NodeKind::kRATIONAL: case NodeKind::kIMAGINARY: case NodeKind::kSTR:
    case NodeKind::kSYM: case NodeKind::kREGEX: case NodeKind::kNIL: case NodeKind::kTRUE:
    case NodeKind::kFALSE:
      return true;
    case NodeKind::kARRAY: case NodeKind::kHASH:
      for (const Node* e : n->list) {
        if (e->kind == NodeKind::kPAIR ? !(static_content(e->a) && static_content(e->b))
                                       : !static_content(e))
          return false;
      }
      return true;
    default:
      return false;
  }
}

}  // namespace

void Parser::warn_condition(const Node* n, CondKind kind) {
  switch (n->kind) {
    case NodeKind::kLASGN: case NodeKind::kIASGN: case NodeKind::kGASGN:
    case NodeKind::kMASGN:
      if (n->a && static_content(n->a))
        warn(n->a->line, "found `= literal' in conditional, should be ==");
      return;
    default:
      break;
  }
  if (kind == CondKind::kOperand) return;
  const char* what = kind == CondKind::kFlipFlop ? "literal in flip-flop" : "literal in condition";
  switch (n->kind) {
    case NodeKind::kSTR: case NodeKind::kDSTR:
      warn(n->line, std::string("string ") + what);
      return;
    case NodeKind::kREGEX: case NodeKind::kDREGEX:
      if (!dash_e_) warn(n->line, std::string("regex ") + what, n->kind == NodeKind::kDREGEX);
      return;
    case NodeKind::kSYM: case NodeKind::kDSYM:
      warn(n->line, std::string("symbol ") + what, true);
      return;
    case NodeKind::kINT: case NodeKind::kBIGNUM: case NodeKind::kFLOAT:
    case NodeKind::kRATIONAL: case NodeKind::kIMAGINARY:
      warn(n->line, what, true);
      return;
    default:
      return;
  }
}

Node* Parser::cond(Node* n, CondKind kind) {
  if (n == nullptr) return n;
  warn_condition(n, kind);
  switch (n->kind) {
    case NodeKind::kRANGE:
      if (n->a && n->b) {
        n->kind = (n->flags & kRangeExclusive) ? NodeKind::kFLIP3 : NodeKind::kFLIP2;
        n->flags = 0;
        for (Node** end : {&n->a, &n->b}) {   // parse.y's range_op
          if ((*end)->kind == NodeKind::kINT) {   // compares with $. (the input line number)
            if (!dash_e_) warn((*end)->line, "integer literal in flip-flop");
            Node* lineno = make(NodeKind::kGVAR, (*end)->line);
            lineno->str = "$.";
            *end = binary_call(*end, "==", lineno, (*end)->line);
          } else {
            *end = cond(*end, CondKind::kFlipFlop);
          }
        }
      }
      return n;
    case NodeKind::kAND:
    case NodeKind::kOR:
      n->a = cond(n->a, CondKind::kCond);
      n->b = cond(n->b, CondKind::kCond);
      return n;
    case NodeKind::kREGEX: case NodeKind::kDREGEX: {   // matches $_ (the last gets)
      Node* last_line = make(NodeKind::kGVAR, n->line);
      last_line->str = "$_";
      Node* match = binary_call(n, "=~", last_line, n->line);
      match->beg = n->beg;
      match->end = n->end;
      return match;
    }
    case NodeKind::kCALL:
      if (n->str == "!" && n->list.empty() && n->a && (n->flags & kCallOperator))
        n->a = cond(n->a, CondKind::kOperand);
      return n;
    default:
      return n;
  }
}

Node* Parser::seq(std::vector<Node*>& stmts, int line) {
  if (stmts.empty()) return nullptr;
  if (stmts.size() == 1) return stmts[0];
  Node* s = make(NodeKind::kSEQ, line);
  s->list = std::move(stmts);
  return s;
}

Node* Parser::parse_stmts() {
  DepthGuard guard(this);
  std::vector<Node*> stmts;
  int line = tok_.line;
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  skip_terms();
  while (!closes_stmts(tok_.kind)) {
    Node* s = parse_stmt();
    if (s) stmts.push_back(s);
    if (!at_term()) break;
    skip_terms();
  }
  no_do_ = saved_do;
  no_in_ = saved_in;
  last_stmts_empty_ = stmts.empty();
  warn_void_stmts(stmts, scopes_.size() == 1 && !eval_ && at(Tok::kEOF));
  return seq(stmts, line);
}

void Parser::warn_void_expr(const Node* n) {
  static const char* const kOperators[] = {"+", "-", "*", "/", "%", "**", "+@", "-@", "|",
                                           "^", "&", "<=>", ">", ">=", "<", "<=", "==", "!="};
  std::string useless;
  switch (n->kind) {
    case NodeKind::kCALL:
      if ((n->flags & kCallOperator) && n->a != nullptr && n->b == nullptr) {
        for (const char* op : kOperators) {
          if (n->str == op) useless = op;
        }
      }
      break;
    case NodeKind::kLVAR: case NodeKind::kGVAR: case NodeKind::kIVAR: case NodeKind::kCVAR:
    case NodeKind::kNTH_REF: case NodeKind::kBACK_REF:
      useless = "a variable";
      break;
    case NodeKind::kCONST: useless = "a constant"; break;
    case NodeKind::kINT: case NodeKind::kBIGNUM: case NodeKind::kFLOAT:
    case NodeKind::kRATIONAL: case NodeKind::kIMAGINARY: case NodeKind::kSYM:
    case NodeKind::kREGEX: case NodeKind::kSTR: case NodeKind::kDSTR: case NodeKind::kDREGEX:
      useless = "a literal";
      break;
    case NodeKind::kCOLON2: case NodeKind::kCOLON3: useless = "::"; break;
    case NodeKind::kRANGE:
      useless = (n->flags & kRangeExclusive) ? "..." : "..";
      break;
    case NodeKind::kSELF: useless = "self"; break;
    case NodeKind::kNIL: useless = "nil"; break;
    case NodeKind::kTRUE: useless = "true"; break;
    case NodeKind::kFALSE: useless = "false"; break;
    case NodeKind::kDEFINED: useless = "defined?"; break;
    default: break;
  }
  if (!useless.empty()) warn(n->line, "possibly useless use of " + useless + " in void context", true);
}

void Parser::warn_void_stmts(const std::vector<Node*>& stmts, bool last_too) {
  size_t first = 0;
  if (stmts.size() >= 2) {
    switch (stmts[0]->kind) {
      case NodeKind::kINT: case NodeKind::kBIGNUM: case NodeKind::kFLOAT:
      case NodeKind::kRATIONAL: case NodeKind::kIMAGINARY: case NodeKind::kSYM:
      case NodeKind::kREGEX: case NodeKind::kSTR: case NodeKind::kSELF: case NodeKind::kTRUE:
      case NodeKind::kFALSE: case NodeKind::kNIL:
        warn(stmts[0]->line, "unused literal ignored", true);
        first = 1;
        break;
      default:
        break;
    }
  }
  // block_append: a statement after return/break/next/redo/retry
  for (size_t i = 0; i + 1 < stmts.size(); ++i) {
    switch (stmts[i]->kind) {
      case NodeKind::kRETURN: case NodeKind::kBREAK: case NodeKind::kNEXT:
      case NodeKind::kREDO: case NodeKind::kRETRY:
        warn(stmts[i + 1]->line, "statement not reached", true);
        break;
      default:
        break;
    }
  }
  // CRuby splices the statements of `(a; b)` and `begin a; b end` into the enclosing
  // list, so they are looked at again there
  std::vector<const Node*> flat;
  auto add = [&](auto& self, const Node* n) -> void {
    if (n->kind != NodeKind::kSEQ) {
      flat.push_back(n);
      return;
    }
    for (const Node* e : n->list) self(self, e);
  };
  for (size_t i = first; i < stmts.size(); ++i) add(add, stmts[i]);
  size_t end = last_too ? flat.size() : (flat.empty() ? 0 : flat.size() - 1);
  for (size_t i = 0; i < end; ++i) warn_void_expr(flat[i]);
}

void Parser::expect_end(const char* what, bool had_stmts) {
  (void)what;
  if (!at(Tok::kKW_END)) unexpected(had_stmts ? "`end'" : nullptr);
  indent_pop();
  advance();
}

Node* Parser::parse_stmt() {
  DepthGuard guard(this);
  int line = tok_.line;
  Node* e;
  switch (tok_.kind) {
    case Tok::kKW_ALIAS: e = parse_alias(); break;
    case Tok::kKW_UNDEF: e = parse_undef(); break;
    case Tok::kKW_BEGIN_UPPER: {
      if (scopes_.size() != 1) error("BEGIN is permitted only at toplevel");
      advance();
      if (!at(Tok::kLBRACE) && !at(Tok::kLBRACE_BLOCK)) unexpected();
      advance();
      e = make(NodeKind::kPREEXE, line);
      e->a = parse_stmts();
      expect(Tok::kRBRACE, "'}'");
      break;
    }
    case Tok::kKW_END_UPPER: {
      advance();
      if (!at(Tok::kLBRACE) && !at(Tok::kLBRACE_BLOCK)) unexpected();
      advance();
      e = make(NodeKind::kPOSTEXE, line);
      if (in_def()) warn(line, "END in method; use at_exit");
      e->a = parse_stmts();
      expect(Tok::kRBRACE, "'}'");
      break;
    }
    case Tok::kSPLAT:
    case Tok::kSTAR: {
      // `*a, b = ...`
      e = parse_masgn(nullptr, line);
      break;
    }
    default:
      e = parse_expr();
      if (at(Tok::kCOMMA) && assignable(e)) {
        e = parse_masgn(e, line);
      } else if (at(Tok::kCOMMA) && e->kind == NodeKind::kMASGN && e->a == nullptr) {
        e = parse_masgn(e, line);
      } else if (e->kind == NodeKind::kMASGN && e->a == nullptr && at(Tok::kASSIGN)) {
        advance();
        e->a = parse_mlhs_rhs();
      } else if (at(Tok::kCOMMA) &&
                 (((e->kind == NodeKind::kLASGN || e->kind == NodeKind::kIASGN ||
                    e->kind == NodeKind::kGASGN || e->kind == NodeKind::kCVASGN ||
                    e->kind == NodeKind::kCDECL) && e->a) ||
                  (e->kind == NodeKind::kATTRASGN && e->b))) {
        // `a = 1, 2` / `a.b = 1, 2` assign an array
        Node*& value = e->kind == NodeKind::kATTRASGN ? e->b : e->a;
        Node* arr = value;
        if (arr != splat_rhs_) {   // `a = *b, c` extends the array `*b` started
          arr = make(NodeKind::kARRAY, value->line);
          arr->list.push_back(value);
        }
        while (accept(Tok::kCOMMA)) {
          if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
            Node* sp = make(NodeKind::kSPLAT);
            advance();
            sp->a = parse_arg();
            arr->list.push_back(sp);
          } else {
            arr->list.push_back(parse_arg());
          }
        }
        value = arr;
      }
      break;
  }
  // modifiers
  for (;;) {
    int mline = tok_.line;
    switch (tok_.kind) {
      case Tok::kKW_IF_MOD:
      case Tok::kKW_UNLESS_MOD: {
        bool unless = at(Tok::kKW_UNLESS_MOD);
        advance();
        Node* n = make(NodeKind::kIF, mline);
        n->a = cond(parse_expr());
        if (unless) n->c = e; else n->b = e;
        e = n;
        continue;
      }
      case Tok::kKW_WHILE_MOD:
      case Tok::kKW_UNTIL_MOD: {
        bool until = at(Tok::kKW_UNTIL_MOD);
        advance();
        Node* n = make(until ? NodeKind::kUNTIL : NodeKind::kWHILE, mline);
        if (e == last_begin_ && e != nullptr) n->flags = kLoopDoWhile;
        n->a = cond(parse_expr());
        n->b = e;
        e = n;
        continue;
      }
      case Tok::kKW_RESCUE_MOD:
        advance();
        e = rescue_mod(e, mline);
        continue;
      default:
        break;
    }
    break;
  }
  return e;
}

Node* Parser::rescue_mod(Node* body, int line) {
  Node* r = make(NodeKind::kRESCUE, line);
  r->flags = kRescueModifier;
  r->a = body;
  Node* rb = make(NodeKind::kRESBODY, line);
  rb->a = parse_arg();
  r->list.push_back(rb);
  return r;
}

// then-part of if/unless/when/in/elsif: `then` or a terminator, then statements.
Node* Parser::parse_then_body(bool allow_then) {
  if (at_term()) {
    skip_terms();
    if (allow_then) accept(Tok::kKW_THEN);
  } else if (allow_then && at(Tok::kKW_THEN)) {
    advance();
  } else {
    unexpected("`then' or ';' or '\\n'");
  }
  return parse_stmts();
}

Node* Parser::parse_if(bool unless) {
  int line = tok_.line;
  indent_push(unless ? "unless" : "if");
  advance();
  Node* n = make(NodeKind::kIF, line);
  n->a = parse_expr();
  Node* body = parse_then_body(true);
  bool had = body != nullptr;
  if (unless) n->c = body; else n->b = body;
  std::vector<Node*> ifs{n};
  while (!unless && at(Tok::kKW_ELSIF)) {
    int l = tok_.line;
    indent_check("elsif", true);
    advance();
    Node* e = make(NodeKind::kIF, l);
    e->a = parse_expr();
    e->b = parse_then_body(true);
    had = e->b != nullptr;
    ifs.back()->c = e;
    ifs.push_back(e);
  }
  if (at(Tok::kKW_ELSE)) {
    indent_check("else", true);
    advance();
    Node* els = parse_stmts();
    had = els != nullptr;
    if (unless) n->b = els; else ifs.back()->c = els;
  }
  expect_end("if", had);
  // CRuby looks at the conditions once the statement is complete, the last elsif first
  for (size_t i = ifs.size(); i-- > 0;) ifs[i]->a = cond(ifs[i]->a);
  return n;
}

Node* Parser::parse_while(bool until) {
  int line = tok_.line;
  indent_push(until ? "until" : "while");
  advance();
  Node* n = make(until ? NodeKind::kUNTIL : NodeKind::kWHILE, line);
  ++no_do_;
  n->a = parse_expr();
  --no_do_;
  if (!accept(Tok::kKW_DO)) {
    if (!at_term()) unexpected("`do' or ';' or '\\n'");
  }
  n->b = parse_stmts();
  expect_end("while", n->b != nullptr);
  n->a = cond(n->a);   // (once the statement is complete, as CRuby)
  return n;
}

Node* Parser::parse_for() {
  int line = tok_.line;
  indent_push("for");
  advance();
  Node* n = make(NodeKind::kFOR, line);
  Node* first = parse_mlhs_item();
  if (at(Tok::kCOMMA)) {
    Node* m = make(NodeKind::kMASGN, line);
    m->list.push_back(first);
    while (accept(Tok::kCOMMA)) {
      if (at(Tok::kKW_IN)) break;
      m->list.push_back(parse_mlhs_item());
    }
    n->b = m;
  } else {
    n->b = first;
  }
  expect(Tok::kKW_IN, "`in'");
  ++no_do_;
  n->a = parse_expr();
  --no_do_;
  if (!accept(Tok::kKW_DO)) {
    if (!at_term()) unexpected("`do' or ';' or '\\n'");
  }
  n->c = parse_stmts();
  expect_end("for", n->c != nullptr);
  return n;
}

Node* Parser::parse_case() {
  int line = tok_.line;
  indent_push("case");
  advance();
  Node* subject = nullptr;
  if (!at_term() && !at(Tok::kKW_WHEN)) {
    ++no_in_;
    subject = parse_expr();
    --no_in_;
  }
  skip_terms();
  if (at(Tok::kKW_IN)) {
    if (!subject) unexpected();
    Node* n = make(NodeKind::kCASE_IN, line);
    n->a = subject;
    while (at(Tok::kKW_IN)) {
      Node* in = make(NodeKind::kIN);
      lex_.set_state(kExprBeg | kExprLabel);
    lex_.set_command_start(false);   // `in a:, b:` starts with labels
      advance();
      in->a = parse_pattern_top();
      if (at(Tok::kKW_IF_MOD) || at(Tok::kKW_UNLESS_MOD)) {
        if (at(Tok::kKW_UNLESS_MOD)) in->flags = kInGuardUnless;
        advance();
        in->c = parse_expr();
      }
      in->b = parse_then_body(true);
      n->list.push_back(in);
    }
    if (at(Tok::kKW_ELSE)) indent_check("else", false);
    if (accept(Tok::kKW_ELSE)) n->b = parse_stmts();
    expect_end("case", true);
    return n;
  }
  Node* n = make(NodeKind::kCASE, line);
  n->a = subject;
  if (!at(Tok::kKW_WHEN)) unexpected("`when'");
  std::vector<std::pair<std::string, int>> seen;   // literal when values and their lines
  auto check_duplicate = [&](const Node* v) {
    std::string text = literal_key_text(v);
    if (text.empty()) return;
    for (const auto& [t, l] : seen) {
      if (t == text) {
        warn(v->line, "duplicated `when' clause with line " + std::to_string(l) + " is ignored",
             true);
        return;
      }
    }
    seen.emplace_back(text, v->line);
  };
  while (at(Tok::kKW_WHEN)) {
    Node* w = make(NodeKind::kWHEN);
    indent_check("when", false);
    advance();
    do {
      skip_newlines();
      if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
        Node* sp = make(NodeKind::kSPLAT);
        advance();
        sp->a = parse_arg();
        w->list.push_back(sp);
      } else {
        w->list.push_back(parse_arg());
        check_duplicate(w->list.back());
      }
    } while (accept(Tok::kCOMMA));
    w->a = parse_then_body(true);
    n->list.push_back(w);
  }
  if (at(Tok::kKW_ELSE)) indent_check("else", false);
  if (accept(Tok::kKW_ELSE)) n->b = parse_stmts();
  expect_end("case", true);
  return n;
}

Node* Parser::parse_rescue_clause() {
  Node* rb = make(NodeKind::kRESBODY);
  advance();   // rescue
  if (!at_term() && !at(Tok::kKW_THEN) && !at(Tok::kASSOC)) {
    for (;;) {
      if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
        Node* sp = make(NodeKind::kSPLAT);
        advance();
        sp->a = parse_arg();
        rb->list.push_back(sp);
      } else {
        rb->list.push_back(parse_arg());
      }
      if (!accept(Tok::kCOMMA)) break;
      skip_newlines();
    }
  }
  if (accept(Tok::kASSOC)) rb->b = parse_mlhs_item();
  rb->a = parse_then_body(true);
  return rb;
}

// stmts [rescue ...]* [else ...] [ensure ...]   (up to, not including, `end`)
Node* Parser::parse_body_stmt(int line) {
  Node* body = parse_stmts();
  if (at(Tok::kKW_RESCUE)) {
    Node* r = make(NodeKind::kRESCUE, line);
    r->a = body;
    while (at(Tok::kKW_RESCUE)) {
      indent_check("rescue", true);
      r->list.push_back(parse_rescue_clause());
    }
    if (at(Tok::kKW_ELSE)) indent_check("else", true);
    if (accept(Tok::kKW_ELSE)) r->b = parse_stmts();
    body = r;
  } else if (at(Tok::kKW_ELSE)) {
    error("else without rescue is useless");
  }
  if (at(Tok::kKW_ENSURE)) {
    indent_check("ensure", true);
    advance();
    Node* e = make(NodeKind::kENSURE, line);
    e->a = body;
    e->b = parse_stmts();
    body = e;
  }
  return body;
}

Node* Parser::parse_begin() {
  int line = tok_.line;
  indent_push("begin");
  advance();
  Node* body = parse_body_stmt(line);
  expect_end("begin", !last_stmts_empty_);
  if (body == nullptr) body = make(NodeKind::kSEQ, line);
  last_begin_ = body;
  return body;
}

// A method name for alias/undef: a bare name, an operator or a symbol. With
// `fname_next`, the token after it is lexed as a method name too (alias's 2nd name).
Node* Parser::parse_fitem(bool fname_next) {
  int line = tok_.line;
  if (at(Tok::kSYMBEG)) {
    advance();
    Node* s = make(NodeKind::kSYM, line);
    s->str = at(Tok::kIVAR) || at(Tok::kGVAR) || at(Tok::kCVAR) ? tok_.text : method_name_of(tok_);
    if (s->str.empty()) unexpected();
    if (fname_next) lex_.set_state(kExprFname | kExprFitem);
    advance();
    return s;
  }
  if (at(Tok::kDSYM_BEG)) return parse_string_like();
  std::string name = method_name_of(tok_);
  if (name.empty()) unexpected();
  if (fname_next) lex_.set_state(kExprFname | kExprFitem);
  advance();
  Node* s = make(NodeKind::kSYM, line);
  s->str = name;
  return s;
}

Node* Parser::parse_alias() {
  int line = tok_.line;
  advance();
  if (at(Tok::kGVAR) || at(Tok::kBACK_REF) || at(Tok::kNTH_REF)) {
    Node* n = make(NodeKind::kVALIAS, line);
    n->a = make(NodeKind::kGVAR);
    n->a->str = tok_.text;
    advance();
    if (!at(Tok::kGVAR) && !at(Tok::kBACK_REF) && !at(Tok::kNTH_REF)) unexpected();
    n->b = make(at(Tok::kGVAR) ? NodeKind::kGVAR : NodeKind::kBACK_REF);
    n->b->str = tok_.text;
    if (at(Tok::kNTH_REF)) { n->b->kind = NodeKind::kNTH_REF; n->b->num = tok_.num; }
    advance();
    return n;
  }
  Node* n = make(NodeKind::kALIAS, line);
  n->a = parse_fitem(true);
  n->b = parse_fitem(false);
  return n;
}

Node* Parser::parse_undef() {
  int line = tok_.line;
  advance();
  Node* n = make(NodeKind::kUNDEF, line);
  n->list.push_back(parse_fitem(false));
  while (at(Tok::kCOMMA)) {
    lex_.set_state(kExprFname | kExprFitem);
    advance();
    n->list.push_back(parse_fitem(false));
  }
  return n;
}

Node* Parser::parse_def() {
  int line = tok_.line;
  uint32_t def_beg = tok_.beg;
  indent_push("def");
  advance();   // def (lexer now in FNAME state)
  Node* singleton = nullptr;
  std::string name;
  // def self.x / def obj.x / def Const.x / def (expr).x
  auto take_name = [&]() {
    std::string n = method_name_of(tok_);
    if (n.empty()) unexpected();
    advance();
    return n;
  };
  if (at(Tok::kLPAREN) || at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN_ARG)) {
    advance();
    uint32_t beg = expr_start();
    singleton = span(parse_expr(), beg);
    switch (singleton->kind) {
      case NodeKind::kINT: case NodeKind::kBIGNUM: case NodeKind::kFLOAT:
      case NodeKind::kRATIONAL: case NodeKind::kIMAGINARY: case NodeKind::kSTR:
      case NodeKind::kDSTR: case NodeKind::kXSTR: case NodeKind::kDXSTR: case NodeKind::kSYM:
      case NodeKind::kDSYM: case NodeKind::kREGEX: case NodeKind::kDREGEX: case NodeKind::kARRAY:
        error_at("can't define singleton method for literals", singleton);
      default:
        break;
    }
    expect(Tok::kRPAREN, "')'");
    if (!at(Tok::kDOT) && !at(Tok::kCOLON2)) unexpected("'.' or ::");
    lex_.set_state(kExprFname);
    advance();
    name = take_name();
  } else {
    Token first = tok_;
    bool var_like = at(Tok::kKW_SELF) || at(Tok::kIDENT) || at(Tok::kCONST) || at(Tok::kIVAR) ||
                    at(Tok::kGVAR) || at(Tok::kCVAR) || at(Tok::kKW_NIL) || at(Tok::kKW_TRUE) ||
                    at(Tok::kKW_FALSE);
    if (at(Tok::kIVAR) || at(Tok::kGVAR) || at(Tok::kCVAR)) {
      name = tok_.text;
      advance();
      if (!at(Tok::kDOT) && !at(Tok::kCOLON2)) unexpected();
    } else {
      name = take_name();
    }
    if (var_like && (at(Tok::kDOT) || at(Tok::kCOLON2)) && !first.text.ends_with("=")) {
      switch (first.kind) {
        case Tok::kKW_SELF: singleton = make(NodeKind::kSELF, first.line); break;
        case Tok::kKW_NIL: singleton = make(NodeKind::kNIL, first.line); break;
        case Tok::kKW_TRUE: singleton = make(NodeKind::kTRUE, first.line); break;
        case Tok::kKW_FALSE: singleton = make(NodeKind::kFALSE, first.line); break;
        case Tok::kIDENT: {
          LocalRef r = lookup(first.text);
          if (r.found) {
            singleton = lvar(first.text, r, first.line);
          } else {
            singleton = make(NodeKind::kCALL, first.line);
            singleton->str = first.text;
            singleton->flags = kCallVcall | kCallFcall;
          }
          break;
        }
        case Tok::kCONST: singleton = make(NodeKind::kCONST, first.line); singleton->str = first.text; break;
        case Tok::kIVAR: singleton = make(NodeKind::kIVAR, first.line); singleton->str = first.text; break;
        case Tok::kGVAR: singleton = make(NodeKind::kGVAR, first.line); singleton->str = first.text; break;
        default: singleton = make(NodeKind::kCVAR, first.line); singleton->str = first.text; break;
      }
      lex_.set_state(kExprFname);
      advance();
      name = take_name();
    }
  }
  check_not_numparam(name);
  uint32_t name_end = prev_.end;
  Node* n = make(singleton ? NodeKind::kDEFS : NodeKind::kDEF, line);
  n->c = singleton;
  n->str = name;
  push_scope(ScopeKind::kDef);
  ++in_def_;
  if (at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN) || at(Tok::kLPAREN_ARG)) {
    advance();
    n->a = parse_params(Tok::kRPAREN, false, false);
    if (!at(Tok::kRPAREN)) unexpected("')'");
    lex_.set_state(kExprBeg);   // `def f(x) /re/ end`: an expression starts here
    advance();
  } else if (at_term() || at(Tok::kASSIGN)) {
    n->a = make(NodeKind::kPARAMS);
  } else {
    n->a = parse_params(Tok::kNEWLINE, false, false);
  }
  if (at(Tok::kASSIGN)) {
    // endless def
    indents_.pop_back();
    if (name.ends_with("=") && name != "==" && name != "===" && name != "!=" && name != "<=" &&
        name != ">=")
      error_at("setter method cannot be defined in an endless method definition", def_beg,
               name_end);
    advance();
    skip_newlines();
    Node* body = parse_arg();
    if (at(Tok::kKW_RESCUE_MOD)) {
      int l = tok_.line;
      advance();
      body = rescue_mod(body, l);
    }
    n->b = body;
  } else {
    n->b = parse_body_stmt(line);
    expect_end("def", n->b != nullptr);
  }
  --in_def_;
  pop_scope_into(n);
  return n;
}

// Foo / ::Foo / a::Foo::Bar, the name of a class or module
Node* Parser::parse_cpath() {
  int line = tok_.line;
  Node* path;
  if (at(Tok::kCOLON3)) {
    advance();
    if (!at(Tok::kCONST)) unexpected();
    path = make(NodeKind::kCOLON3);
    path->str = tok_.text;
    advance();
  } else if (at(Tok::kCONST)) {
    path = make(NodeKind::kCONST);
    path->str = tok_.text;
    advance();
  } else if (at(Tok::kIDENT)) {
    error_at("class/module name must be CONSTANT", tok_);
  } else {
    path = parse_primary();
    if (!at(Tok::kCOLON2)) error("class/module name must be CONSTANT", line);
  }
  while (at(Tok::kCOLON2)) {
    advance();
    if (!at(Tok::kCONST)) error_at("class/module name must be CONSTANT", tok_);
    Node* c = make(NodeKind::kCOLON2);
    c->a = path;
    c->str = tok_.text;
    advance();
    path = c;
  }
  return path;
}

Node* Parser::parse_class() {
  int line = tok_.line;
  uint32_t kw_beg = tok_.beg;
  indent_push("class");
  advance();
  if (at(Tok::kLSHIFT)) {
    advance();
    Node* n = make(NodeKind::kSCLASS, line);
    n->a = parse_expr();
    if (!at_term()) unexpected();
    push_scope(ScopeKind::kClass);
    int saved = in_def_;
    in_def_ = 0;
    n->c = parse_body_stmt(line);
    in_def_ = saved;
    expect_end("class", n->c != nullptr);
    pop_scope_into(n);
    return n;
  }
  Node* n = make(NodeKind::kCLASS, line);
  Node* path = parse_cpath();
  if (in_def()) error_at("class definition in method body", kw_beg, prev_.end);
  n->a = path;
  if (at(Tok::kLT)) {
    advance();
    n->b = parse_expr();
  }
  if (!at_term()) unexpected();
  push_scope(ScopeKind::kClass);
  n->c = parse_body_stmt(line);
  expect_end("class", true);
  pop_scope_into(n);
  return n;
}

Node* Parser::parse_module() {
  int line = tok_.line;
  uint32_t kw_beg = tok_.beg;
  indent_push("module");
  advance();
  Node* n = make(NodeKind::kMODULE, line);
  Node* path = parse_cpath();
  if (in_def()) error_at("module definition in method body", kw_beg, prev_.end);
  n->a = path;
  push_scope(ScopeKind::kClass);
  n->c = parse_body_stmt(line);
  expect_end("module", true);
  pop_scope_into(n);
  return n;
}

}  // namespace maglev::vm::parse
