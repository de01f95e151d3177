// Blocks ({ } and do/end), lambdas (->), and parameter lists of defs, blocks and
// lambdas, including destructuring and numbered parameters. Declares parameters as
// locals in slot order.
#include <algorithm>

#include "vm/parse/parser_impl.h"

namespace maglev::vm::parse {

namespace {

bool param_list_closed(Tok k, Tok close) {
  if (k == close) return true;
  switch (close) {
    case Tok::kNEWLINE: return k == Tok::kSEMI || k == Tok::kEOF || k == Tok::kASSIGN;
    case Tok::kLAMBEG:
      return k == Tok::kLBRACE || k == Tok::kLBRACE_BLOCK || k == Tok::kLBRACE_ARG ||
             k == Tok::kKW_DO;
    default: return false;
  }
}

}  // namespace

Node* Parser::parse_param_masgn(bool block) {
  int line = tok_.line;
  advance();   // (
  Node* m = make(NodeKind::kMASGN, line);
  bool seen_splat = false;
  for (;;) {
    skip_newlines();
    int l = tok_.line;
    if (at(Tok::kIDENT)) {
      m->list.push_back(lasgn(tok_.text, l, true));
      advance();
    } else if (at(Tok::kSPLAT) || at(Tok::kSTAR)) {
      if (seen_splat) unexpected();
      seen_splat = true;
      advance();
      Node* s = make(NodeKind::kSPLAT, l);
      if (at(Tok::kIDENT)) {
        s->a = lasgn(tok_.text, l, true);
        advance();
      }
      m->list.push_back(s);
    } else if (at(Tok::kLPAREN) || at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN_ARG)) {
      m->list.push_back(parse_param_masgn(block));
    } else {
      unexpected();
    }
    if (!accept(Tok::kCOMMA)) break;
  }
  skip_newlines();
  expect(Tok::kRPAREN, "')'");
  return m;
}

Node* Parser::parse_params(Tok close, bool block, bool lambda) {
  (void)lambda;
  Node* params = make(NodeKind::kPARAMS);
  bool seen_rest = false, seen_opt = false;
  std::vector<std::string> names;
  Token name_tok;   // the latest parameter name read (where a duplicate is shown)
  auto take_name = [&]() {
    name_tok = tok_;
    advance();
    return name_tok.text;
  };
  auto check_dup = [&](const std::string& name) {
    check_not_numparam(name);
    if (name.empty() || name[0] == '_') return;
    if (std::find(names.begin(), names.end(), name) != names.end())
      error_at("duplicated argument name", name_tok);
    names.push_back(name);
  };
  std::vector<int> param_slots;   // slot of each parameter, in parameter order
  auto hidden_slot = [&](const char* name) {
    Scope& s = scopes_.back();
    s.locals.emplace_back(name);
    param_slots.push_back(static_cast<int>(s.locals.size() - 1));
  };
  auto add = [&](NodeKind k, const std::string& name, int line) {
    Node* p = make(k, line);
    p->str = name;
    if (!name.empty()) {
      check_dup(name);
      if (k != NodeKind::kARG_SHADOW) param_slots.push_back(declare(name, true).slot);
      else declare(name, true);
    } else {
      switch (k) {
        case NodeKind::kARG_REST: hidden_slot("*"); break;
        case NodeKind::kARG_KWREST: hidden_slot("**"); break;
        case NodeKind::kARG_BLOCK: hidden_slot("&"); break;
        case NodeKind::kARG_FWD: hidden_slot("..."); break;
        default: break;
      }
    }
    params->list.push_back(p);
    return p;
  };
  // Where in parse.y's order (lead, opt, rest, post, keywords, **, &) the list is: a
  // parameter of an earlier kind is the token CRuby's grammar rejects.
  enum Phase { kLead, kOpt, kRest, kPost, kKey, kKwrest, kBlock } phase = kLead;
  const char* close_text = close == Tok::kPIPE     ? "'|'"
                           : close == Tok::kNEWLINE ? "';' or '\\n'"
                                                    : "')'";
  auto check_order = [&](Phase kind) {
    if (kind == kPost && phase <= kPost) return;
    if (kind == kRest ? phase <= kOpt : phase <= kind) return;
    if (kind == kOpt && phase < kKey) unexpected(close_text);   // at the '='
    unexpected(phase == kKwrest ? "& or '&'" : nullptr);
  };
  if (close != Tok::kNEWLINE) skip_newlines();
  while (!param_list_closed(tok_.kind, close)) {
    int line = tok_.line;
    if (block && at(Tok::kSEMI)) break;
    switch (tok_.kind) {
      case Tok::kIDENT: {
        if (phase >= kKey) check_order(kPost);
        std::string name = take_name();
        if (at(Tok::kASSIGN)) {
          check_order(kOpt);
          phase = kOpt;
          advance();
          Node* p = add(NodeKind::kARG_OPT, name, line);
          p->a = block ? parse_binary(8) : parse_arg();
          seen_opt = true;
        } else {
          if (seen_rest || seen_opt) phase = kPost;
          add(seen_rest || seen_opt ? NodeKind::kARG_POST : NodeKind::kARG_REQ, name, line);
        }
        break;
      }
      case Tok::kLABEL: {
        check_order(kKey);
        phase = kKey;
        std::string name = take_name();
        Node* p = add(NodeKind::kARG_KEY, name, line);
        if (can_start_arg() && !(close == Tok::kLAMBEG && at(Tok::kLBRACE)) && !(block && at(Tok::kPIPE)))
          p->a = block ? parse_binary(8) : parse_arg();
        break;
      }
      case Tok::kSPLAT: case Tok::kSTAR: {
        if (seen_rest) unexpected(phase == kKwrest ? "& or '&'" : nullptr);
        check_order(kRest);
        phase = kRest;
        seen_rest = true;
        advance();
        std::string name;
        if (at(Tok::kIDENT)) name = take_name();
        add(NodeKind::kARG_REST, name, line);
        break;
      }
      case Tok::kDSPLAT: case Tok::kPOW: {
        check_order(kKey);
        phase = kKwrest;
        advance();
        if (at(Tok::kKW_NIL)) {
          advance();
          Node* p = add(NodeKind::kARG_KWREST, "", line);
          p->flags = 1;
          break;
        }
        std::string name;
        if (at(Tok::kIDENT)) name = take_name();
        add(NodeKind::kARG_KWREST, name, line);
        break;
      }
      case Tok::kBLOCK_AMPER: case Tok::kAMPER: {
        advance();
        std::string name;
        if (at(Tok::kIDENT)) name = take_name();
        add(NodeKind::kARG_BLOCK, name, line);
        if (at(Tok::kCOMMA)) unexpected(close == Tok::kPIPE ? "'|'" : close == Tok::kRPAREN ? "')'" : nullptr);
        break;
      }
      case Tok::kDOT3: case Tok::kBDOT3: {
        if (block) unexpected();
        if (seen_rest) error("... after rest argument");
        advance();
        add(NodeKind::kARG_FWD, "", line);
        if (at(Tok::kCOMMA)) unexpected(close_text);
        break;
      }
      case Tok::kLPAREN: case Tok::kLPAREN_CALL: case Tok::kLPAREN_ARG: {
        check_order(kPost);
        if (seen_rest || seen_opt) phase = kPost;
        Node* p = make(seen_rest || seen_opt ? NodeKind::kARG_POST : NodeKind::kARG_REQ, line);
        hidden_slot("");
        p->a = parse_param_masgn(block);
        params->list.push_back(p);
        break;
      }
      case Tok::kCONST:
        error_at("formal argument cannot be a constant", tok_);
      case Tok::kIVAR:
        error_at("formal argument cannot be an instance variable", tok_);
      case Tok::kGVAR:
        error_at("formal argument cannot be a global variable", tok_);
      case Tok::kCVAR:
        error_at("formal argument cannot be a class variable", tok_);
      default:
        unexpected(close == Tok::kPIPE ? "'|'" : close == Tok::kRPAREN ? "')'" : nullptr);
    }
    if (!at(Tok::kCOMMA)) break;
    advance();
    if (close != Tok::kNEWLINE) skip_newlines();
    if (block && at(Tok::kPIPE)) {
      params->flags |= kParamsTrailingComma;
      break;
    }
  }
  // parameters take the first slots, in order; names inside (a, b) and locals
  // declared by default values follow
  reorder_scope(scopes_.back(), param_slots);
  if (block && at(Tok::kSEMI)) {
    // block-local variables: |a; x, y|
    advance();
    for (;;) {
      skip_newlines();
      if (!at(Tok::kIDENT)) unexpected();
      int line = tok_.line;
      add(NodeKind::kARG_SHADOW, take_name(), line);
      if (!accept(Tok::kCOMMA)) break;
    }
  }
  if (close != Tok::kNEWLINE) skip_newlines();
  return params;
}

// After the block's opening token (already consumed): |params| body, and the close.
Node* Parser::parse_block_params_and_body(bool brace, int line) {
  Node* blk = make(NodeKind::kBLOCK, line);
  push_scope(ScopeKind::kBlock);
  skip_newlines();
  if (at(Tok::kPIPE)) {
    advance();
    scopes_.back().has_params = true;
    blk->a = parse_params(Tok::kPIPE, true, false);
    expect(Tok::kPIPE, "'|'");
  } else if (at(Tok::kOROP)) {
    advance();
    scopes_.back().has_params = true;
    blk->a = make(NodeKind::kPARAMS, line);
  } else {
    blk->a = make(NodeKind::kPARAMS, line);
  }
  if (brace) {
    blk->b = parse_stmts();
    expect(Tok::kRBRACE, blk->b ? "'}'" : nullptr);
  } else {
    blk->b = parse_body_stmt(line);
    expect_end("do", blk->b != nullptr);
  }
  Scope& s = scopes_.back();
  if (s.numparam_max > 0) {
    blk->a->flags |= kParamsNumbered;
    for (int i = 1; i <= s.numparam_max; ++i) {
      Node* p = make(NodeKind::kARG_REQ, line);
      p->str = numparam_name(i);
      blk->a->list.push_back(p);
    }
  }
  pop_scope_into(blk);
  return blk;
}

Node* Parser::parse_brace_block() {
  int line = tok_.line;
  uint32_t start = tok_.beg;
  advance();   // {
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  Node* b = parse_block_params_and_body(true, line);
  no_do_ = saved_do;
  no_in_ = saved_in;
  return span(b, start);
}

Node* Parser::parse_do_block() {
  int line = tok_.line;
  uint32_t start = tok_.beg;
  indent_push("do");
  advance();   // do
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  Node* b = parse_block_params_and_body(false, line);
  no_do_ = saved_do;
  no_in_ = saved_in;
  return span(b, start);
}

Node* Parser::parse_lambda() {
  int line = tok_.line;
  indent_push("->");
  advance();   // ->
  Node* lam = make(NodeKind::kLAMBDA, line);
  push_scope(ScopeKind::kBlock);
  if (at(Tok::kLPAREN) || at(Tok::kLPAREN_CALL) || at(Tok::kLPAREN_ARG)) {
    advance();
    scopes_.back().has_params = true;
    lam->a = parse_params(Tok::kRPAREN, false, true);
    expect(Tok::kRPAREN, "')'");
  } else if (!param_list_closed(tok_.kind, Tok::kLAMBEG)) {
    scopes_.back().has_params = true;
    ++no_do_;
    lam->a = parse_params(Tok::kLAMBEG, false, true);
    --no_do_;
    lam->a->flags |= kParamsLambdaNoParens;
  } else {
    lam->a = make(NodeKind::kPARAMS, line);
  }
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  if (at(Tok::kLBRACE) || at(Tok::kLBRACE_BLOCK) || at(Tok::kLBRACE_ARG) || at(Tok::kLAMBEG)) {
    advance();
    lam->b = parse_stmts();
    if (at(Tok::kRBRACE)) indent_pop("}");
    expect(Tok::kRBRACE, "'}'");
  } else if (at(Tok::kKW_DO)) {
    advance();
    lam->b = parse_body_stmt(line);
    expect_end("do", lam->b != nullptr);
  } else {
    unexpected("`do' for lambda or tLAMBEG");
  }
  no_do_ = saved_do;
  no_in_ = saved_in;
  Scope& s = scopes_.back();
  if (s.numparam_max > 0) {
    lam->a->flags |= kParamsNumbered;
    for (int i = 1; i <= s.numparam_max; ++i) {
      Node* p = make(NodeKind::kARG_REQ, line);
      p->str = numparam_name(i);
      lam->a->list.push_back(p);
    }
  }
  pop_scope_into(lam);
  return lam;
}

}  // namespace maglev::vm::parse
