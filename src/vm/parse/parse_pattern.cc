// Pattern matching syntax (case/in, `=>`, `in`): value, array, find, hash, pin,
// alternative and capture patterns. Bare identifiers bind (declare) locals.
#include "vm/parse/parser_impl.h"

namespace maglev::vm::parse {

namespace {
constexpr int kPrecAboveAlt = 8;   // value patterns stop before `|`
}

bool Parser::pattern_starts() const {
  return can_start_arg() || at(Tok::kCARET) || at(Tok::kLBRACE_BLOCK);
}

Node* Parser::parse_pattern_top() {
  int line = tok_.line;
  if (at(Tok::kLABEL) || at(Tok::kDSPLAT) || at(Tok::kPOW) ||
      (at(Tok::kSTRING_BEG) && false)) {
    return parse_hash_pattern(nullptr, Tok::kEOF);
  }
  Node* first;
  if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
    first = make(NodeKind::kSPLAT, line);
    advance();
    if (at(Tok::kIDENT)) {
      first->a = lasgn(tok_.text, tok_.line);
      advance();
    }
  } else {
    first = parse_pattern();
  }
  if (!at(Tok::kCOMMA) && first->kind != NodeKind::kSPLAT) return first;
  Node* arr = make(NodeKind::kPAT_ARRAY, line);
  arr->list.push_back(first);
  while (accept(Tok::kCOMMA)) {
    if (!pattern_starts() && !at(Tok::kSPLAT) && !at(Tok::kSTAR)) {
      // trailing comma: `in a,` matches the rest
      arr->list.push_back(make(NodeKind::kSPLAT));
      break;
    }
    if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
      Node* s = make(NodeKind::kSPLAT);
      advance();
      if (at(Tok::kIDENT)) {
        s->a = lasgn(tok_.text, tok_.line);
        advance();
      }
      arr->list.push_back(s);
    } else {
      arr->list.push_back(parse_pattern());
    }
  }
  int splats = 0;
  for (Node* p : arr->list) splats += p->kind == NodeKind::kSPLAT;
  if (splats == 2 && arr->list.size() >= 3 && arr->list.front()->kind == NodeKind::kSPLAT &&
      arr->list.back()->kind == NodeKind::kSPLAT) {
    arr->kind = NodeKind::kPAT_FIND;
    warn(tok_.line, "Find pattern is experimental, and the behavior may change in future "
                    "versions of Ruby!", false, true);
  }
  else if (splats > 1)
    error("syntax error, unexpected *", line);
  return arr;
}

Node* Parser::parse_pattern() {
  DepthGuard guard(this);
  Node* p = parse_pattern_primary();
  while (at(Tok::kPIPE)) {
    int line = tok_.line;
    advance();
    skip_newlines();
    Node* alt = make(NodeKind::kPAT_ALT, line);
    alt->a = p;
    alt->b = parse_pattern_primary();
    p = alt;
  }
  while (at(Tok::kASSOC)) {
    int line = tok_.line;
    advance();
    if (!at(Tok::kIDENT)) unexpected();
    Node* cap = make(NodeKind::kPAT_CAPTURE, line);
    cap->a = p;
    cap->b = lasgn(tok_.text, tok_.line);
    advance();
    p = cap;
  }
  return p;
}

Node* Parser::parse_pattern_value() {
  int line = tok_.line;
  Node* v = parse_binary(kPrecAboveAlt);
  if (at(Tok::kDOT2) || at(Tok::kDOT3)) {
    Node* r = make(NodeKind::kRANGE, line);
    if (at(Tok::kDOT3)) r->flags = kRangeExclusive;
    advance();
    r->a = v;
    if (can_start_arg() && !at(Tok::kKW_THEN)) r->b = parse_binary(kPrecAboveAlt);
    return r;
  }
  return v;
}

Node* Parser::parse_pattern_primary() {
  DepthGuard guard(this);
  int line = tok_.line;
  switch (tok_.kind) {
    case Tok::kIDENT: {
      std::string name = tok_.text;
      advance();
      return lasgn(name, line);
    }
    case Tok::kCARET: {
      advance();
      Node* pin = make(NodeKind::kPAT_PIN, line);
      if (at(Tok::kIDENT)) {
        LocalRef r = lookup(tok_.text);
        if (!r.found) error(tok_.text + ": no such local variable");
        pin->a = lvar(tok_.text, r, tok_.line);
        advance();
      } else if (at(Tok::kIVAR) || at(Tok::kGVAR) || at(Tok::kCVAR)) {
        pin->a = parse_primary();
      } else if (at(Tok::kLPAREN) || at(Tok::kLPAREN_ARG) || at(Tok::kLPAREN_CALL)) {
        advance();
        skip_newlines();
        pin->a = parse_expr();
        skip_newlines();
        expect(Tok::kRPAREN, "')'");
      } else {
        unexpected();
      }
      return pin;
    }
    case Tok::kLBRACK:
    case Tok::kLBRACK_INDEX:
      return parse_array_pattern(nullptr, Tok::kRBRACK);
    case Tok::kLBRACE:
    case Tok::kLBRACE_BLOCK:
      return parse_hash_pattern(nullptr, Tok::kRBRACE);
    case Tok::kLPAREN:
    case Tok::kLPAREN_ARG: {
      advance();
      skip_newlines();
      Node* p = parse_pattern();
      skip_newlines();
      expect(Tok::kRPAREN, "')'");
      return p;
    }
    case Tok::kCONST:
    case Tok::kCOLON3: {
      Node* c;
      if (at(Tok::kCOLON3)) {
        advance();
        if (!at(Tok::kCONST)) unexpected();
        c = make(NodeKind::kCOLON3, line);
      } else {
        c = make(NodeKind::kCONST, line);
      }
      c->str = tok_.text;
      advance();
      while (at(Tok::kCOLON2)) {
        advance();
        if (!at(Tok::kCONST)) unexpected();
        Node* n = make(NodeKind::kCOLON2, line);
        n->a = c;
        n->str = tok_.text;
        advance();
        c = n;
      }
      if (at(Tok::kLPAREN_CALL)) {
        advance();
        skip_newlines();
        if (at(Tok::kLABEL) || at(Tok::kDSPLAT) || at(Tok::kPOW)) return parse_hash_pattern(c, Tok::kRPAREN);
        return parse_array_pattern(c, Tok::kRPAREN);
      }
      if (at(Tok::kLBRACK_INDEX)) {
        advance();
        skip_newlines();
        if (at(Tok::kLABEL) || at(Tok::kDSPLAT) || at(Tok::kPOW)) return parse_hash_pattern(c, Tok::kRBRACK);
        return parse_array_pattern(c, Tok::kRBRACK);
      }
      if (at(Tok::kDOT2) || at(Tok::kDOT3)) {
        Node* r = make(NodeKind::kRANGE, line);
        if (at(Tok::kDOT3)) r->flags = kRangeExclusive;
        advance();
        r->a = c;
        if (can_start_arg()) r->b = parse_binary(kPrecAboveAlt);
        return r;
      }
      return c;
    }
    default:
      return parse_pattern_value();
  }
}

// At the opening bracket (for a bare constant-less `[`), or just after `Const(`/`Const[`.
Node* Parser::parse_array_pattern(Node* constant, Tok close) {
  int line = tok_.line;
  if (constant == nullptr) {
    advance();
    skip_newlines();
  }
  Node* arr = make(NodeKind::kPAT_ARRAY, line);
  arr->a = constant;
  while (!at(close)) {
    if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
      Node* s = make(NodeKind::kSPLAT);
      advance();
      if (at(Tok::kIDENT)) {
        s->a = lasgn(tok_.text, tok_.line);
        advance();
      }
      arr->list.push_back(s);
    } else {
      arr->list.push_back(parse_pattern());
    }
    skip_newlines();
    if (!accept(Tok::kCOMMA)) break;
    skip_newlines();
    if (at(close)) {
      arr->list.push_back(make(NodeKind::kSPLAT));
      break;
    }
  }
  skip_newlines();
  expect(close, close == Tok::kRPAREN ? "')'" : "']'");
  int splats = 0;
  for (Node* p : arr->list) splats += p->kind == NodeKind::kSPLAT;
  if (splats == 2 && arr->list.size() >= 3 && arr->list.front()->kind == NodeKind::kSPLAT &&
      arr->list.back()->kind == NodeKind::kSPLAT) {
    arr->kind = NodeKind::kPAT_FIND;
    warn(tok_.line, "Find pattern is experimental, and the behavior may change in future "
                    "versions of Ruby!", false, true);
  }
  else if (splats > 1)
    error("syntax error, unexpected *", line);
  return arr;
}

// close == kEOF: a brace-less top-level hash pattern.
Node* Parser::parse_hash_pattern(Node* constant, Tok close) {
  int line = tok_.line;
  bool braces = close == Tok::kRBRACE && constant == nullptr;
  if (braces) {
    advance();
    skip_newlines();
  }
  Node* h = make(NodeKind::kPAT_HASH, line);
  h->a = constant;
  while (!at(close)) {
    int l = tok_.line;
    if (at(Tok::kDSPLAT) || at(Tok::kPOW)) {
      advance();
      if (at(Tok::kKW_NIL)) {
        advance();
        h->flags |= kPatHashNilRest;
      } else {
        Node* s = make(NodeKind::kDSPLAT, l);
        if (at(Tok::kIDENT)) {
          s->a = lasgn(tok_.text, tok_.line);
          advance();
        }
        h->list.push_back(s);
      }
    } else {
      Node* p = make(NodeKind::kPAIR, l);
      std::string key;
      if (at(Tok::kLABEL)) {
        key = tok_.text;
        advance();
      } else if (at(Tok::kSTRING_BEG)) {
        advance();
        uint32_t f = 0;
        bool label = false;
        Node* s = parse_string_parts(Tok::kSTRING_BEG, false, &f, &label);
        if (!label || s->kind != NodeKind::kSTR) unexpected();
        key = s->str;
      } else {
        unexpected();
      }
      p->a = make(NodeKind::kSYM, l);
      p->a->str = key;
      if (at(Tok::kCOMMA) || at(close) || at_term() || at(Tok::kKW_THEN) ||
          at(Tok::kKW_IF_MOD) || at(Tok::kKW_UNLESS_MOD) || at(Tok::kEOF) || !pattern_starts()) {
        p->b = lasgn(key, l);
      } else {
        p->b = parse_pattern();
      }
      h->list.push_back(p);
    }
    if (close != Tok::kEOF) skip_newlines();
    if (!at(Tok::kCOMMA)) break;
    advance();
    if (close != Tok::kEOF) skip_newlines();
  }
  if (close != Tok::kEOF) {
    skip_newlines();
    expect(close, close == Tok::kRPAREN ? "')'" : close == Tok::kRBRACK ? "']'" : "'}'");
  }
  return h;
}

}  // namespace maglev::vm::parse
