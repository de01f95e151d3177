// Assignment: turning a parsed expression into a target (local, ivar, gvar, cvar,
// constant, attribute, index), simple and operator assignment, multiple assignment
// with splats and nested destructuring, and the `rescue` modifier on right-hand sides.
#include "vm/parse/parser_impl.h"
#include "vm/parse/ident.h"

namespace maglev::vm::parse {

namespace {

bool is_attr_name(const std::string& s) {
  if (s.empty()) return false;
  char c = s[0];
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c & 0x80))) return false;
  char last = s.back();
  return last != '?' && last != '!' && last != '=';
}

void set_value(Node* target, Node* value) {
  if (target->kind == NodeKind::kATTRASGN) target->b = value;
  else target->a = value;
}

}  // namespace

bool Parser::assignable(const Node* n) const {
  if (pseudo_var_name(n) != nullptr) return true;   // to_target reports it
  switch (n->kind) {
    case NodeKind::kLVAR: case NodeKind::kIVAR: case NodeKind::kGVAR: case NodeKind::kCVAR:
    case NodeKind::kCONST: case NodeKind::kCOLON2: case NodeKind::kCOLON3:
    case NodeKind::kNTH_REF: case NodeKind::kBACK_REF: case NodeKind::kSELF:
    case NodeKind::kNIL: case NodeKind::kTRUE: case NodeKind::kFALSE:
      return true;
    case NodeKind::kCALL:
      if (n->flags & kCallVcall) return true;
      if (n->b || (n->flags & kCallCommand)) return false;
      if (n->str == "[]" && (n->flags & kCallOperator)) return true;
      return n->a != nullptr && n->list.empty() && !(n->flags & kCallOperator) &&
             is_attr_name(n->str);
    default:
      return false;
  }
}

Node* Parser::to_target(Node* n) {
  Node* t = to_target_node(n);
  if (t->beg < 0) {   // the target's span is that of the expression it was parsed as
    t->beg = n->beg;
    t->end = n->end;
  }
  return t;
}

Node* Parser::to_target_node(Node* n) {
  int line = n->line;
  if (const char* name = pseudo_var_name(n)) error_at(std::string("Can't assign to ") + name, n);
  switch (n->kind) {
    case NodeKind::kLVAR:
      return lasgn(n->str, line);
    case NodeKind::kIVAR: case NodeKind::kGVAR: case NodeKind::kCVAR: {
      Node* t = make(n->kind == NodeKind::kIVAR ? NodeKind::kIASGN
                     : n->kind == NodeKind::kGVAR ? NodeKind::kGASGN : NodeKind::kCVASGN, line);
      t->str = n->str;
      return t;
    }
    case NodeKind::kCONST: case NodeKind::kCOLON2: case NodeKind::kCOLON3: {
      if (in_def()) error("dynamic constant assignment", line);
      Node* t = make(NodeKind::kCDECL, line);
      t->str = n->str;
      if (n->kind == NodeKind::kCOLON2) t->b = n->a;
      if (n->kind == NodeKind::kCOLON3) t->flags = kCdeclTop;
      return t;
    }
    case NodeKind::kNTH_REF: case NodeKind::kBACK_REF:
      error("Can't set variable " + n->str, line);
    case NodeKind::kSELF: error_at("Can't change the value of self", n);
    case NodeKind::kNIL: error_at("Can't assign to nil", n);
    case NodeKind::kTRUE: error_at("Can't assign to true", n);
    case NodeKind::kFALSE: error_at("Can't assign to false", n);
    case NodeKind::kMASGN: case NodeKind::kSPLAT:
      return n;
    case NodeKind::kCALL:
      if (n->flags & kCallVcall) {
        if (n->str.back() == '?' || n->str.back() == '!') break;
        if (ident_is_const(n->str)) break;
        return lasgn(n->str, line);
      }
      if (assignable(n)) {
        Node* t = make(NodeKind::kATTRASGN, line);
        t->a = n->a;
        t->flags = n->flags & kCallSafeNav;
        if (n->str == "[]" && (n->flags & kCallOperator)) {
          t->str = "[]=";
          t->list = n->list;
        } else {
          t->str = n->str + "=";
        }
        return t;
      }
      break;
    default:
      break;
  }
  unexpected();
}

Node* Parser::parse_assignment_rhs() {
  skip_newlines();
  if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
    Node* arr = make(NodeKind::kARRAY);
    Node* s = make(NodeKind::kSPLAT);
    advance();
    s->a = parse_arg();
    arr->list.push_back(s);
    splat_rhs_ = arr;
    return arr;
  }
  Node* v = parse_arg();
  if (at(Tok::kKW_RESCUE_MOD)) {
    int line = tok_.line;
    advance();
    bool command_rhs = v == last_command_;
    v = rescue_mod(v, line);
    // `x = 1 rescue p $!`: after a value that is not a command, CRuby's grammar wants
    // an arg after `rescue`, not a command
    if (!command_rhs && v->list[0]->a == last_command_ && last_command_ != nullptr) {
      tok_ = last_command_arg_;
      unexpected("`do' or '{' or '('");
    }
  }
  return v;
}

Node* Parser::parse_assignment(Node* lhs) {
  if (at(Tok::kASSIGN)) {
    Node* target = to_target(lhs);
    advance();
    set_value(target, parse_assignment_rhs());
    return target;
  }
  Node* op = make(NodeKind::kOP_ASGN);
  op->str = tok_.text;
  op->line = lhs->line;
  op->a = to_target(lhs);
  advance();
  op->b = parse_assignment_rhs();
  return op;
}

// One item of a multiple-assignment (or for-loop) target list.
Node* Parser::parse_mlhs_item() {
  int line = tok_.line;
  if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
    advance();
    Node* s = make(NodeKind::kSPLAT, line);
    if (!at(Tok::kCOMMA) && !at(Tok::kASSIGN) && !at(Tok::kRPAREN) && !at(Tok::kKW_IN) &&
        !at(Tok::kPIPE) && !at_term())
      s->a = to_target(parse_postfix(parse_primary()));
    return s;
  }
  if (at(Tok::kLPAREN) || at(Tok::kLPAREN_ARG)) {
    advance();
    Node* m = make(NodeKind::kMASGN, line);
    for (;;) {
      m->list.push_back(parse_mlhs_item());
      if (!accept(Tok::kCOMMA)) break;
      if (at(Tok::kRPAREN)) break;
    }
    expect(Tok::kRPAREN, "')'");
    return m;
  }
  Node* e = parse_postfix(parse_primary());
  if (!assignable(e)) unexpected();
  return to_target(e);
}

Node* Parser::parse_mlhs_rhs() {
  skip_newlines();
  Node* first;
  int line = tok_.line;
  bool splat = at(Tok::kSPLAT) || at(Tok::kSTAR);
  if (splat) {
    advance();
    first = make(NodeKind::kSPLAT, line);
    first->a = parse_arg();
  } else {
    first = parse_arg();
  }
  Node* v = first;
  if (splat || at(Tok::kCOMMA)) {
    Node* arr = make(NodeKind::kARRAY, line);
    arr->list.push_back(first);
    while (accept(Tok::kCOMMA)) {
      skip_newlines();
      int l = tok_.line;
      if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
        advance();
        Node* s = make(NodeKind::kSPLAT, l);
        s->a = parse_arg();
        arr->list.push_back(s);
      } else {
        arr->list.push_back(parse_arg());
      }
    }
    v = arr;
  }
  if (at(Tok::kKW_RESCUE_MOD)) {
    int l = tok_.line;
    advance();
    v = rescue_mod(v, l);
  }
  return v;
}

// `first` is the first target already parsed (null when the statement starts with *).
Node* Parser::parse_masgn(Node* first, int line) {
  Node* m = make(NodeKind::kMASGN, line);
  bool seen_splat = false;
  auto add = [&](Node* t) {
    if (t->kind == NodeKind::kSPLAT) {
      if (seen_splat) unexpected();
      seen_splat = true;
    }
    m->list.push_back(t);
  };
  if (first) add(to_target(first));
  else add(parse_mlhs_item());
  while (accept(Tok::kCOMMA)) {
    if (at(Tok::kASSIGN) || at(Tok::kRPAREN)) break;
    add(parse_mlhs_item());
  }
  if (at(Tok::kASSIGN)) {
    advance();
    m->a = parse_mlhs_rhs();
    return m;
  }
  if (at(Tok::kRPAREN)) return m;   // nested `(a, b)`, completed by the caller
  unexpected("'='");
}

}  // namespace maglev::vm::parse
