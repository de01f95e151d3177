// Expressions: not/and/or, ternary, binary operators by precedence, unary operators,
// primaries (literals, variables, keywords), method calls with and without
// parentheses, arguments, defined?, yield/super/return.
#include "vm/parse/parser_impl.h"

namespace maglev::vm::parse {

namespace {

constexpr int kPrecRange = 1;
constexpr int kPrecPow = 13;

int binary_prec(Tok k) {
  switch (k) {
    case Tok::kDOT2: case Tok::kDOT3: return kPrecRange;
    case Tok::kOROP: return 2;
    case Tok::kANDOP: return 3;
    case Tok::kEQ: case Tok::kNEQ: case Tok::kEQQ: case Tok::kMATCH: case Tok::kNMATCH:
    case Tok::kCMP:
      return 5;
    case Tok::kLT: case Tok::kLEQ: case Tok::kGT: case Tok::kGEQ: return 6;
    case Tok::kPIPE: case Tok::kCARET: return 7;
    case Tok::kAMPER: return 8;
    case Tok::kLSHIFT: case Tok::kRSHIFT: return 9;
    case Tok::kPLUS: case Tok::kMINUS: return 10;
    case Tok::kSTAR: case Tok::kDIVIDE: case Tok::kPERCENT: return 11;
    case Tok::kPOW: return kPrecPow;
    default: return -1;
  }
}

bool is_call_like(const Node* n) {
  return n->kind == NodeKind::kCALL || n->kind == NodeKind::kSUPER ||
         n->kind == NodeKind::kZSUPER;
}

}  // namespace

bool Parser::can_start_arg() const {
  switch (tok_.kind) {
    case Tok::kINTEGER: case Tok::kFLOAT: case Tok::kRATIONAL: case Tok::kIMAGINARY:
    case Tok::kCHAR: case Tok::kSTRING_BEG: case Tok::kXSTRING_BEG: case Tok::kREGEXP_BEG:
    case Tok::kWORDS_BEG: case Tok::kSYMBOLS_BEG: case Tok::kSYMBEG: case Tok::kDSYM_BEG:
    case Tok::kIDENT: case Tok::kFID: case Tok::kCONST: case Tok::kIVAR: case Tok::kGVAR:
    case Tok::kCVAR: case Tok::kNTH_REF: case Tok::kBACK_REF: case Tok::kLABEL:
    case Tok::kLBRACK: case Tok::kLPAREN: case Tok::kLPAREN_ARG: case Tok::kLBRACE:
    case Tok::kLAMBDA: case Tok::kSPLAT: case Tok::kDSPLAT: case Tok::kBLOCK_AMPER:
    case Tok::kUMINUS_NUM: case Tok::kUMINUS: case Tok::kUPLUS: case Tok::kBANG:
    case Tok::kTILDE: case Tok::kCOLON3: case Tok::kBDOT2: case Tok::kBDOT3:
    case Tok::kKW_NIL: case Tok::kKW_TRUE: case Tok::kKW_FALSE: case Tok::kKW_SELF:
    case Tok::kKW_NOT: case Tok::kKW_DEFINED: case Tok::kKW__FILE__: case Tok::kKW__LINE__:
    case Tok::kKW__ENCODING__: case Tok::kKW_IF: case Tok::kKW_UNLESS: case Tok::kKW_WHILE:
    case Tok::kKW_UNTIL: case Tok::kKW_CASE: case Tok::kKW_FOR: case Tok::kKW_BEGIN:
    case Tok::kKW_DEF: case Tok::kKW_YIELD: case Tok::kKW_SUPER: case Tok::kKW_REDO:
    case Tok::kKW_RETRY: case Tok::kKW_CLASS: case Tok::kKW_MODULE: case Tok::kKW_BREAK:
    case Tok::kKW_NEXT: case Tok::kKW_RETURN:
      return true;
    default:
      return false;
  }
}

bool Parser::can_start_command_arg() const {
  if (tok_.kind == Tok::kLBRACE || tok_.kind == Tok::kBDOT3 || tok_.kind == Tok::kBDOT2)
    return false;
  // The lexer already chose argument forms by spacing (UMINUS_NUM vs MINUS, LBRACK vs
  // LBRACK_INDEX, SPLAT vs STAR...), so `p$x`, `p:a`, `puts"x"` are commands like in CRuby.
  return can_start_arg();
}

Node* Parser::binary_call(Node* left, const char* op, Node* right, int line) {
  Node* c = make(NodeKind::kCALL, line);
  c->a = left;
  c->str = op;
  if (right) c->list.push_back(right);
  c->flags = kCallOperator;
  return c;
}

Node* Parser::parse_expr() {
  DepthGuard guard(this);
  uint32_t start = expr_start();
  Node* left = parse_not();
  while (at(Tok::kKW_AND) || at(Tok::kKW_OR)) {
    bool is_and = at(Tok::kKW_AND);
    int line = tok_.line;
    advance();
    skip_newlines();
    Node* n = make(is_and ? NodeKind::kAND : NodeKind::kOR, line);
    n->a = left;
    n->b = parse_not();
    left = span(n, start);
  }
  return left;
}

Node* Parser::parse_not() {
  uint32_t start = expr_start();
  // `not(x)` is a primary (an operand of || and the like): parse_primary takes it.
  if (at(Tok::kKW_NOT) && lex_.next_char() != '(') {
    int line = tok_.line;
    advance();
    DepthGuard guard(this);
    Node* operand = parse_not();
    return span(binary_call(operand, "!", nullptr, line), start);
  }
  Node* e = parse_arg();
  if (at(Tok::kASSOC)) {
    int line = tok_.line;
    lex_.set_state(kExprBeg | kExprLabel);
    lex_.set_command_start(false);
    advance();
    Node* m = make(NodeKind::kMATCH_PATTERN, line);
    m->a = e;
    m->b = parse_pattern_top();
    return span(m, start);
  }
  // (`p x in y` is no pattern test: the caller reports the `in`, as parse.y)
  bool command = e != nullptr && e->kind == NodeKind::kCALL && (e->flags & kCallCommand);
  if (at(Tok::kKW_IN) && no_in_ == 0 && !command) {
    int line = tok_.line;
    lex_.set_state(kExprBeg | kExprLabel);
    lex_.set_command_start(false);
    advance();
    Node* m = make(NodeKind::kMATCH_PATTERN_P, line);
    m->a = e;
    m->b = parse_pattern_top();
    return span(m, start);
  }
  return e;
}

Node* Parser::parse_arg() { return parse_ternary(); }

Node* Parser::parse_ternary() {
  DepthGuard guard(this);
  uint32_t start = expr_start();
  Node* cond = parse_binary(kPrecRange);
  if (!at(Tok::kQUESTION)) return cond;
  int line = tok_.line;
  advance();
  skip_newlines();
  Node* n = make(NodeKind::kIF, line);
  n->a = cond;
  if (at(Tok::kLABEL)) {
    // `c ? x: y` lexes x: as a label
    std::string name = tok_.text;
    int l = tok_.line;
    advance();
    LocalRef r = lookup(name);
    if (r.found) {
      n->b = lvar(name, r, l);
    } else {
      Node* c = make(NodeKind::kCALL, l);
      c->str = name;
      c->flags = kCallFcall | kCallVcall;
      n->b = c;
    }
  } else {
    n->b = parse_ternary();
    skip_newlines();
    expect(Tok::kCOLON, "':'");
  }
  skip_newlines();
  n->c = parse_ternary();
  n->a = this->cond(n->a);   // (once the expression is complete, as CRuby)
  return span(n, start);
}

Node* Parser::parse_binary(int min_prec) {
  DepthGuard guard(this);
  uint32_t start = expr_start();
  Node* left = parse_unary();
  for (;;) {
    Tok k = tok_.kind;
    int p = binary_prec(k);
    if (p < 0 || p < min_prec) break;
    int line = tok_.line;
    std::string op = tok_.text;
    advance();
    if (k == Tok::kDOT2 || k == Tok::kDOT3) {
      Node* r = make(NodeKind::kRANGE, line);
      r->a = left;
      if (k == Tok::kDOT3) r->flags = kRangeExclusive;
      if (can_start_arg() && !at(Tok::kKW_THEN) && !at(Tok::kLBRACE)) r->b = parse_binary(p + 1);
      left = span(r, start);
      continue;
    }
    Node* right = parse_binary(k == Tok::kPOW ? p : p + 1);
    switch (k) {
      case Tok::kANDOP:
      case Tok::kOROP: {
        Node* n = make(k == Tok::kANDOP ? NodeKind::kAND : NodeKind::kOR, line);
        n->a = left;
        n->b = right;
        left = n;
        break;
      }
      case Tok::kMATCH:
        if (left->kind == NodeKind::kREGEX) {
          std::vector<std::string> names;
          named_captures(left->str, &names);
          if (!names.empty()) {
            Node* m = make(NodeKind::kMATCH_ASGN, line);
            m->a = left;
            m->b = right;
            for (const std::string& nm : names) m->list.push_back(lasgn(nm, line));
            left = m;
            break;
          }
        }
        left = binary_call(left, "=~", right, line);
        break;
      default:
        left = binary_call(left, op.c_str(), right, line);
        break;
    }
    span(left, start);
  }
  return left;
}

Node* Parser::parse_unary() {
  uint32_t start = expr_start();
  return span(parse_unary_node(), start);
}

Node* Parser::parse_unary_node() {
  DepthGuard guard(this);
  uint32_t start = tok_.beg;
  int line = tok_.line;
  switch (tok_.kind) {
    case Tok::kBANG:
      advance();
      return binary_call(parse_unary(), "!", nullptr, line);
    case Tok::kTILDE:
      advance();
      return binary_call(parse_unary(), "~", nullptr, line);
    case Tok::kUPLUS:
      advance();
      return binary_call(parse_unary(), "+@", nullptr, line);
    case Tok::kUMINUS:
      advance();
      return binary_call(parse_binary(kPrecPow), "-@", nullptr, line);
    case Tok::kUMINUS_NUM: {
      advance();
      if (!at(Tok::kINTEGER) && !at(Tok::kFLOAT) && !at(Tok::kRATIONAL) && !at(Tok::kIMAGINARY))
        unexpected();
      Node* lit = parse_number(false);
      if (at(Tok::kPOW)) {
        // -2 ** 2 is -(2 ** 2)
        advance();
        Node* pw = binary_call(lit, "**", parse_binary(kPrecPow), line);
        return binary_call(pw, "-@", nullptr, line);
      }
      negate_literal(lit);
      return parse_postfix(span(lit, start));
    }
    case Tok::kBDOT2:
    case Tok::kBDOT3: {
      Node* r = make(NodeKind::kRANGE, line);
      if (at(Tok::kBDOT3)) r->flags = kRangeExclusive;
      advance();
      r->b = parse_binary(kPrecRange + 1);
      return r;
    }
    case Tok::kKW_DEFINED:
      return parse_defined();
    case Tok::kKW_NOT: {
      if (lex_.next_char() == '(') break;   // not(x): a primary
      advance();
      return binary_call(parse_expr(), "!", nullptr, line);
    }
    default:
      break;
  }
  Node* n = parse_postfix(parse_primary());
  if ((at(Tok::kASSIGN) || at(Tok::kOP_ASGN)) && assignable(n)) return parse_assignment(n);
  return n;
}

Node* Parser::parse_defined() {
  int line = tok_.line;
  advance();
  Node* d = make(NodeKind::kDEFINED, line);
  if (at(Tok::kLPAREN) || at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN_ARG)) {
    advance();
    skip_newlines();
    int saved_do = no_do_, saved_in = no_in_;
    no_do_ = no_in_ = 0;
    d->a = parse_expr();
    no_do_ = saved_do;
    no_in_ = saved_in;
    skip_newlines();
    expect(Tok::kRPAREN, "')'");
    return parse_postfix(d);   // defined?(x).nil?
  }
  d->a = parse_arg();
  return d;
}

Node* Parser::parse_paren_expr(int line) {
  advance();   // (
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  Node* body = parse_stmts();
  no_do_ = saved_do;
  no_in_ = saved_in;
  expect(Tok::kRPAREN, "')'");
  if (body == nullptr) return make(NodeKind::kNIL, line);
  if (body->kind == NodeKind::kMASGN && body->a == nullptr) {
    // `(a, b)` is only a target list: `(a, b), c = ...` or `(a, b) = ...`
    if (!at(Tok::kCOMMA) && !at(Tok::kASSIGN) && !at(Tok::kRPAREN)) unexpected("'='");
    return body;
  }
  return body;
}

Node* Parser::continue_expression(Node* primary) {
  pending_ = primary;
  return parse_arg();
}

Node* Parser::parse_primary() {
  uint32_t start = expr_start();
  return span(parse_primary_node(), start);
}

Node* Parser::parse_primary_node() {
  DepthGuard guard(this);
  if (pending_) {
    Node* p = pending_;
    pending_ = nullptr;
    return p;
  }
  int line = tok_.line;
  switch (tok_.kind) {
    case Tok::kINTEGER: case Tok::kFLOAT: case Tok::kRATIONAL: case Tok::kIMAGINARY:
      return parse_number(false);
    case Tok::kSTRING_BEG: case Tok::kXSTRING_BEG: case Tok::kREGEXP_BEG: case Tok::kDSYM_BEG:
      return parse_string_like();
    case Tok::kWORDS_BEG:
      return parse_words(false);
    case Tok::kSYMBOLS_BEG:
      return parse_words(true);
    case Tok::kSYMBEG:
      return parse_symbol();
    case Tok::kCHAR: {
      Node* s = make(NodeKind::kSTR);
      s->str = tok_.text;
      advance();
      return s;
    }
    case Tok::kIDENT: case Tok::kFID:
      return parse_identifier();
    case Tok::kCONST: {
      std::string name = tok_.text;
      advance();
      if (at(Tok::kLPAREN_CALL) || can_start_command_arg()) {
        Node* c = make(NodeKind::kCALL, line);
        c->str = name;
        c->flags = kCallFcall;
        if (at(Tok::kLPAREN_CALL)) {
          advance();
          parse_paren_args(c, Tok::kRPAREN);
        } else {
          parse_command_args(c);
        }
        return c;
      }
      Node* c = make(NodeKind::kCONST, line);
      c->str = name;
      return c;
    }
    case Tok::kIVAR: case Tok::kGVAR: case Tok::kCVAR: case Tok::kBACK_REF: {
      NodeKind k = at(Tok::kIVAR) ? NodeKind::kIVAR : at(Tok::kGVAR) ? NodeKind::kGVAR
                   : at(Tok::kCVAR) ? NodeKind::kCVAR : NodeKind::kBACK_REF;
      Node* v = make(k);
      v->str = tok_.text;
      advance();
      return v;
    }
    case Tok::kNTH_REF: {
      Node* v = make(NodeKind::kNTH_REF);
      v->num = tok_.num;
      v->str = tok_.text;
      advance();
      return v;
    }
    case Tok::kCOLON3: {
      advance();
      if (!at(Tok::kCONST) && !at(Tok::kIDENT)) unexpected();
      Node* c = make(NodeKind::kCOLON3, line);
      c->str = tok_.text;
      advance();
      return c;
    }
    case Tok::kLBRACK:
      return parse_array();
    case Tok::kLBRACE:
      return parse_hash();
    case Tok::kLPAREN: case Tok::kLPAREN_ARG: case Tok::kLPAREN_CALL:
      return parse_paren_expr(line);
    case Tok::kLAMBDA:
      return parse_lambda();
    case Tok::kKW_NIL: advance(); return make(NodeKind::kNIL, line);
    case Tok::kKW_TRUE: advance(); return make(NodeKind::kTRUE, line);
    case Tok::kKW_FALSE: advance(); return make(NodeKind::kFALSE, line);
    case Tok::kKW_SELF: advance(); return make(NodeKind::kSELF, line);
    case Tok::kKW__FILE__: {
      advance();
      Node* s = make(NodeKind::kSTR, line);
      s->str = file_;
      pseudo_vars_.emplace_back(s, "__FILE__");
      return s;
    }
    case Tok::kKW__LINE__: {
      advance();
      Node* s = make(NodeKind::kINT, line);
      s->num = line;
      pseudo_vars_.emplace_back(s, "__LINE__");
      return s;
    }
    case Tok::kKW__ENCODING__: {
      advance();
      Node* s = make(NodeKind::kENCODING, line);
      pseudo_vars_.emplace_back(s, "__ENCODING__");
      return s;
    }
    case Tok::kKW_IF: return parse_if(false);
    case Tok::kKW_UNLESS: return parse_if(true);
    case Tok::kKW_WHILE: return parse_while(false);
    case Tok::kKW_UNTIL: return parse_while(true);
    case Tok::kKW_CASE: return parse_case();
    case Tok::kKW_FOR: return parse_for();
    case Tok::kKW_BEGIN: return parse_begin();
    case Tok::kKW_DEF: return parse_def();
    case Tok::kKW_CLASS: return parse_class();
    case Tok::kKW_MODULE: return parse_module();
    case Tok::kKW_RETURN: case Tok::kKW_BREAK: case Tok::kKW_NEXT: case Tok::kKW_YIELD:
    case Tok::kKW_SUPER:
      return parse_yield_super_return(tok_.kind);
    case Tok::kKW_REDO: advance(); return make(NodeKind::kREDO, line);
    case Tok::kKW_RETRY: advance(); return make(NodeKind::kRETRY, line);
    case Tok::kKW_DEFINED: return parse_defined();
    case Tok::kKW_NOT: {
      advance();
      if (at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN)) {
        Node* inner = parse_paren_expr(line);
        return binary_call(inner, "!", nullptr, line);
      }
      return binary_call(parse_expr(), "!", nullptr, line);
    }
    case Tok::kBANG: case Tok::kTILDE: case Tok::kUPLUS: case Tok::kUMINUS:
    case Tok::kUMINUS_NUM: case Tok::kBDOT2: case Tok::kBDOT3:
      return parse_unary();
    case Tok::kKW_BEGIN_UPPER:
      error("BEGIN is permitted only at toplevel");
    default:
      unexpected();
  }
}

Node* Parser::parse_identifier() {
  Token t = std::move(tok_);
  advance();
  int line = t.line;
  if (t.kind == Tok::kIDENT && !at(Tok::kLPAREN_CALL)) {
    bool numparam = is_numparam_name(t.text);
    if (numparam && scopes_.back().kind == ScopeKind::kBlock && scopes_.back().has_params)
      error("ordinary parameter is defined");
    if (numparam && scopes_.back().kind == ScopeKind::kBlock && !scopes_.back().has_params) {
      // One block of a nesting uses _N, never two (CRuby's wording, on one line).
      for (size_t i = scopes_.size() - 1; i-- > 0 && scopes_[i].kind == ScopeKind::kBlock;)
        if (scopes_[i].numparam_max > 0) error_at("numbered parameter is already used in outer block", t);
      if (scopes_.back().inner_numparams) error_at("numbered parameter is already used in inner block", t);
    }
    LocalRef r = lookup(t.text);
    if (r.found && !can_start_command_arg() && !at(Tok::kLBRACE_BLOCK))
      return lvar(t.text, r, line);
    if (numparam) {
      Scope& s = scopes_.back();
      if (s.kind == ScopeKind::kBlock && !s.has_params) {
        int n = t.text[1] - '0';
        if (n > s.numparam_max) s.numparam_max = n;
        for (int i = 1; i <= n; ++i) declare(numparam_name(i));
        return lvar(t.text, lookup(t.text), line);
      }
    }
  }
  Node* call = make(NodeKind::kCALL, line);
  call->str = t.text;
  call->flags = kCallFcall;
  if (at(Tok::kLPAREN_CALL)) {
    advance();
    parse_paren_args(call, Tok::kRPAREN);
  } else if (can_start_command_arg()) {
    parse_command_args(call);
  } else if (t.kind == Tok::kIDENT) {
    call->flags |= kCallVcall;
  }
  return call;
}

Node* Parser::parse_yield_super_return(Tok kw) {
  int line = tok_.line;
  advance();
  if (kw == Tok::kKW_YIELD || kw == Tok::kKW_SUPER) {
    Node* n = make(kw == Tok::kKW_YIELD ? NodeKind::kYIELD : NodeKind::kSUPER, line);
    if (at(Tok::kLPAREN_CALL)) {
      advance();
      parse_paren_args(n, Tok::kRPAREN);
    } else if (can_start_command_arg()) {
      parse_command_args(n);
    } else if (kw == Tok::kKW_SUPER) {
      n->kind = NodeKind::kZSUPER;
    }
    if (kw == Tok::kKW_YIELD && n->b) error("block argument should not be given", line);
    return n;
  }
  NodeKind k = kw == Tok::kKW_RETURN ? NodeKind::kRETURN
               : kw == Tok::kKW_BREAK ? NodeKind::kBREAK : NodeKind::kNEXT;
  Node* n = make(k, line);
  if (can_start_arg()) {
    Node* arr = make(NodeKind::kARRAY, tok_.line);
    parse_command_args(arr, false);
    if (arr->b) error("block argument should not be given", line);
    arr->flags = 0;
    if (arr->list.size() == 1 && arr->list[0]->kind != NodeKind::kSPLAT) n->a = arr->list[0];
    else n->a = arr;
    // (CRuby's compiler says so, without a line, for a script's or required file's code)
    if (k == NodeKind::kRETURN && !eval_ && scopes_.size() == 1)
      compile_warnings_.push_back(ParseWarning{0, "argument of top-level return is ignored"});
  }
  return n;
}

// Arguments ----------------------------------------------------------------

// Parses one argument into call->list (or the trailing bare hash, or call->b for a
// block pass). Returns false when it found nothing to parse.
bool Parser::parse_one_arg(Node* call, Node** hash) {
  int line = tok_.line;
  uint32_t start = tok_.beg;
  auto hash_add = [&](Node* elem) {
    if (*hash == nullptr) {
      *hash = make(NodeKind::kHASH, line);
      (*hash)->flags = kHashBare;
      (*hash)->beg = static_cast<int32_t>(start);
      call->list.push_back(*hash);
    }
    (*hash)->list.push_back(elem);
    (*hash)->end = static_cast<int32_t>(prev_.end);
  };
  if (call->b) error("syntax error, unexpected ',' after block argument");
  switch (tok_.kind) {
    case Tok::kSPLAT: case Tok::kSTAR: {
      advance();
      Node* s = make(NodeKind::kSPLAT, line);
      s->a = parse_arg();
      call->list.push_back(span(s, start));
      return true;
    }
    case Tok::kDSPLAT: case Tok::kPOW: {
      advance();
      Node* s = make(NodeKind::kDSPLAT, line);
      s->a = parse_arg();
      hash_add(s);
      return true;
    }
    case Tok::kBLOCK_AMPER: case Tok::kAMPER: {
      advance();
      Node* bp = make(NodeKind::kBLOCK_PASS, line);
      if (!at(Tok::kRPAREN) && !at(Tok::kCOMMA) && !at_term() && !at(Tok::kEOF))
        bp->a = parse_arg();
      call->b = bp;
      return true;
    }
    case Tok::kLABEL: {
      Node* p = make(NodeKind::kPAIR, line);
      p->a = make(NodeKind::kSYM, line);
      p->a->str = tok_.text;
      std::string name = tok_.text;
      advance();
      if (can_start_arg() && !(at(Tok::kLBRACE) && false)) {
        skip_newlines();
        p->b = parse_arg();
      } else {
        p->b = shorthand_value(name, line);
      }
      hash_add(p);
      return true;
    }
    case Tok::kDOT3: case Tok::kBDOT3: {
      advance();
      if (at(Tok::kRPAREN) || at(Tok::kCOMMA) || at(Tok::kRBRACK) || at_term()) {
        call->list.push_back(make(NodeKind::kFWD_ARGS, line));
        return true;
      }
      // `...x`: a beginless exclusive range
      Node* r = make(NodeKind::kRANGE, line);
      r->flags = kRangeExclusive;
      r->b = parse_binary(2);
      call->list.push_back(r);
      return true;
    }
    case Tok::kSTRING_BEG: {
      if (tok_.flags & 2) break;   // a heredoc is never a label
      uint32_t bflags = tok_.flags;
      (void)bflags;
      uint32_t end_flags = 0;
      bool label = false;
      advance();
      Node* s = parse_string_parts(Tok::kSTRING_BEG, false, &end_flags, &label);
      if (label) {
        Node* p = make(NodeKind::kPAIR, line);
        if (s->kind == NodeKind::kSTR) {
          s->kind = NodeKind::kSYM;
        } else {
          s->kind = NodeKind::kDSYM;
        }
        p->a = s;
        skip_newlines();
        p->b = parse_arg();
        hash_add(p);
        return true;
      }
      // an ordinary string argument: continue the expression it starts
      Node* e = continue_expression(span(concat_adjacent(s, line), start));
      if (at(Tok::kASSOC)) {
        advance();
        skip_newlines();
        Node* p = make(NodeKind::kPAIR, line);
        p->a = e;
        p->b = parse_arg();
        hash_add(p);
      } else {
        call->list.push_back(e);
      }
      return true;
    }
    default:
      break;
  }
  if (!can_start_arg()) return false;
  Node* e = parse_arg();
  if (e->kind == NodeKind::kMASGN && e->a == nullptr) unexpected("'='");   // p((a, b))
  if (at(Tok::kASSOC)) {
    advance();
    skip_newlines();
    Node* p = make(NodeKind::kPAIR, line);
    p->a = e;
    p->b = parse_arg();
    hash_add(p);
  } else {
    if (*hash && false) error("unexpected argument after keywords");
    call->list.push_back(e);
  }
  return true;
}

void Parser::parse_paren_args(Node* call, Tok close) {
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  Node* hash = nullptr;
  skip_newlines();
  const char* expecting = close == Tok::kRPAREN ? "')'" : "']'";
  while (!at(close)) {
    if (!parse_one_arg(call, &hash)) unexpected(expecting);
    skip_newlines();
    if (!accept(Tok::kCOMMA)) break;
    skip_newlines();
  }
  skip_newlines();
  expect(close, expecting);
  if (hash) warn_duplicate_keys(hash);
  no_do_ = saved_do;
  no_in_ = saved_in;
}

void Parser::parse_command_args(Node* call, bool do_binds_outside) {
  int saved = no_do_;
  if (do_binds_outside) ++no_do_;
  Node* hash = nullptr;
  call->flags |= kCallCommand;
  Token first = tok_;
  for (;;) {
    if (!parse_one_arg(call, &hash)) unexpected();
    if (!at(Tok::kCOMMA)) break;
    advance();
    skip_newlines();
  }
  no_do_ = saved;
  if (hash) warn_duplicate_keys(hash);
  last_command_ = call;   // (the outermost command finishes last)
  last_command_arg_ = std::move(first);
}

// Postfix: .meth, &.meth, ::Const, ::meth, [index], { block }, do block ----------

Node* Parser::parse_method_call_after_dot(Node* recv, bool safe_nav, int line) {
  Node* call = make(NodeKind::kCALL, line);
  call->a = recv;
  if (safe_nav) call->flags |= kCallSafeNav;
  if (at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN)) {
    call->str = "call";
  } else {
    call->str = method_name_of(tok_);
    if (call->str.empty()) unexpected();
    call->line = tok_.line;   // backtraces name the line of the method name
    advance();
  }
  if (at(Tok::kLPAREN_CALL)) {
    advance();
    parse_paren_args(call, Tok::kRPAREN);
  } else if (!at(Tok::kASSIGN) && !at(Tok::kOP_ASGN) && can_start_command_arg()) {
    parse_command_args(call);
  }
  return call;
}

Node* Parser::attach_block(Node* call, Node* block) {
  if (call->b) error("both block arg and actual block given", block->line);
  call->b = block;
  call->flags &= ~kCallVcall;
  call->end = static_cast<int32_t>(prev_.end);   // the span of a call takes its block
  return call;
}

Node* Parser::parse_postfix(Node* node) {
  uint32_t start = node->beg >= 0 ? static_cast<uint32_t>(node->beg) : tok_.beg;
  for (;;) {
    node = span(node, start);
    int line = tok_.line;
    switch (tok_.kind) {
      case Tok::kDOT:
      case Tok::kANDDOT: {
        bool safe = at(Tok::kANDDOT);
        advance();
        node = parse_method_call_after_dot(node, safe, line);
        continue;
      }
      case Tok::kCOLON2: {
        advance();
        if (at(Tok::kCONST)) {
          std::string name = tok_.text;
          advance();
          if (at(Tok::kLPAREN_CALL) || can_start_command_arg()) {
            Node* call = make(NodeKind::kCALL, line);
            call->a = node;
            call->str = name;
            if (at(Tok::kLPAREN_CALL)) {
              advance();
              parse_paren_args(call, Tok::kRPAREN);
            } else {
              parse_command_args(call);
            }
            node = call;
          } else {
            Node* c = make(NodeKind::kCOLON2, line);
            c->a = node;
            c->str = name;
            node = c;
          }
          continue;
        }
        node = parse_method_call_after_dot(node, false, line);
        continue;
      }
      case Tok::kLBRACK_INDEX: {
        advance();
        Node* call = make(NodeKind::kCALL, line);
        call->a = node;
        call->str = "[]";
        call->flags = kCallOperator;
        parse_paren_args(call, Tok::kRBRACK);
        node = call;
        continue;
      }
      case Tok::kLBRACE_BLOCK:
      case Tok::kLBRACE_ARG:
        if (is_call_like(node) && node->b == nullptr && !(node->flags & kCallOperator)) {
          attach_block(node, parse_brace_block());
          continue;
        }
        return node;
      case Tok::kKW_DO:
        if (no_do_ == 0 && is_call_like(node) && node->b == nullptr &&
            !(node->flags & kCallOperator)) {
          attach_block(node, parse_do_block());
          continue;
        }
        return node;
      default:
        return node;
    }
  }
}

}  // namespace maglev::vm::parse
