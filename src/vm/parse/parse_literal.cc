// Literals: strings (with interpolation, adjacent concatenation, <<~ dedent),
// backquotes, regexps (named captures), symbols, word lists, numbers, arrays, hashes.
#include <algorithm>
#include <cctype>
#include <climits>

#include "vm/parse/parser_impl.h"
#include "vm/parse/ident.h"

namespace maglev::vm::parse {

namespace {

bool all_str(const std::vector<Node*>& parts) {
  for (const Node* p : parts) {
    if (p->kind != NodeKind::kSTR) return false;
  }
  return true;
}

// Removes up to `width` columns of leading blanks (tabs to 8).
void dedent(std::string& s, int width) {
  int col = 0;
  size_t i = 0;
  while (i < s.size() && col < width) {
    if (s[i] == ' ') {
      ++col;
    } else if (s[i] == '\t') {
      int next = (col / 8 + 1) * 8;
      if (next > width) break;
      col = next;
    } else {
      break;
    }
    ++i;
  }
  s.erase(0, i);
}

void prepend_minus(std::string& s) {
  std::string t(1, '-');
  t.append(s);
  s.swap(t);
}

}  // namespace

std::string Parser::method_name_of(const Token& t) const {
  switch (t.kind) {
    case Tok::kIDENT: case Tok::kFID: case Tok::kCONST:
      return t.text;
    case Tok::kUPLUS: return "+@";
    case Tok::kUMINUS: case Tok::kUMINUS_NUM: return t.text == "-" && t.kind == Tok::kUMINUS_NUM ? "-" : "-@";
    case Tok::kBANG: return "!";
    case Tok::kTILDE: return "~";
    case Tok::kSPLAT: return "*";
    case Tok::kDSPLAT: return "**";
    case Tok::kBLOCK_AMPER: return "&";
    case Tok::kPLUS: case Tok::kMINUS: case Tok::kSTAR: case Tok::kPOW: case Tok::kDIVIDE:
    case Tok::kPERCENT: case Tok::kEQ: case Tok::kEQQ: case Tok::kNEQ: case Tok::kMATCH:
    case Tok::kNMATCH: case Tok::kCMP: case Tok::kLT: case Tok::kLEQ: case Tok::kGT:
    case Tok::kGEQ: case Tok::kLSHIFT: case Tok::kRSHIFT: case Tok::kAMPER: case Tok::kPIPE:
    case Tok::kCARET:
      return t.text;
    default:
      if (t.kind >= Tok::kKW_ALIAS && t.kind <= Tok::kKW__ENCODING__) return t.text;
      if (t.kind >= Tok::kKW_IF_MOD && t.kind <= Tok::kKW_RESCUE_MOD) return t.text;
      return "";
  }
}

void Parser::named_captures(const std::string& re, std::vector<std::string>* names) const {
  for (size_t i = 0; i + 3 < re.size(); ++i) {
    if (re[i] == '\\') { ++i; continue; }
    if (re[i] == '(' && re[i + 1] == '?' && re[i + 2] == '<' && re[i + 3] != '=' &&
        re[i + 3] != '!') {
      size_t j = i + 3;
      while (j < re.size() && re[j] != '>') ++j;
      if (j >= re.size()) return;
      std::string name = re.substr(i + 3, j - i - 3);
      bool ok = !name.empty() && !ident_is_const(name) &&
                !(name[0] >= '0' && name[0] <= '9');
      for (char ch : name) {
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_' || (ch & 0x80)))
          ok = false;
      }
      if (ok && keyword_kind(name) == Tok::kEOF &&
          std::find(names->begin(), names->end(), name) == names->end())
        names->push_back(name);
      i = j;
    }
  }
}

// After the opening token (already consumed). Returns a STR or DSTR of the parts;
// sets *end_flags from the closing token and *label when it closed as `"...":`.
Node* Parser::parse_string_parts(Tok begin, bool squiggly, uint32_t* end_flags, bool* label) {
  (void)begin;
  int line = prev_.line;
  std::vector<Node*> parts;
  struct LineInfo { Node* node; int indent; bool blank; };
  std::vector<LineInfo> lines;
  for (;;) {
    switch (tok_.kind) {
      case Tok::kSTRING_CONTENT: {
        Node* s = make(NodeKind::kSTR);
        s->str = std::move(tok_.text);
        if (squiggly && tok_.line_start) {
          bool blank = s->str.find_first_not_of(" \t\r\n") == std::string::npos &&
                       !s->str.empty() && s->str.back() == '\n';
          lines.push_back({s, tok_.indent, blank});
        }
        parts.push_back(s);
        advance();
        continue;
      }
      case Tok::kSTRING_DBEG: {
        int l = tok_.line;
        advance();
        int saved_do = no_do_, saved_in = no_in_;
        no_do_ = no_in_ = 0;
        Node* e = make(NodeKind::kEVSTR, l);
        e->a = parse_stmts();
        no_do_ = saved_do;
        no_in_ = saved_in;
        if (!at(Tok::kEMBEXPR_END)) unexpected(at(Tok::kEOF) ? nullptr : "'}'");
        advance();
        // "#{'lit'}" and "#{__FILE__}" fold into the literal text, as in CRuby
        parts.push_back(e->a && e->a->kind == NodeKind::kSTR ? e->a : e);
        continue;
      }
      case Tok::kSTRING_DVAR: {
        int l = tok_.line;
        advance();
        Node* e = make(NodeKind::kEVSTR, l);
        e->a = parse_primary();
        parts.push_back(e);
        continue;
      }
      case Tok::kSTRING_END:
      case Tok::kLABEL_END:
        if (end_flags) *end_flags = tok_.flags;
        if (label) *label = at(Tok::kLABEL_END);
        advance();
        break;
      default:
        unexpected();
    }
    break;
  }
  if (squiggly && !lines.empty()) {
    int width = INT_MAX;
    for (const LineInfo& li : lines) {
      if (!li.blank) width = std::min(width, li.indent);
    }
    if (width == INT_MAX) width = 0;
    for (const LineInfo& li : lines) dedent(li.node->str, width);
  }
  // merge adjacent literal parts
  std::vector<Node*> merged;
  for (Node* p : parts) {
    if (p->kind == NodeKind::kSTR && p->str.empty()) continue;   // e.g. a <<~ line start
    if (p->kind == NodeKind::kSTR && !merged.empty() && merged.back()->kind == NodeKind::kSTR) {
      merged.back()->str += p->str;
    } else {
      merged.push_back(p);
    }
  }
  if (merged.empty()) {
    Node* s = make(NodeKind::kSTR, line);
    return s;
  }
  if (merged.size() == 1 && merged[0]->kind == NodeKind::kSTR) {
    merged[0]->line = line;
    return merged[0];
  }
  Node* d = make(NodeKind::kDSTR, line);
  d->list = std::move(merged);
  return d;
}

Node* Parser::parse_string_like() {
  Tok begin = tok_.kind;
  bool squiggly = tok_.flags & 2;
  int line = tok_.line;
  advance();
  uint32_t end_flags = 0;
  bool label = false;
  Node* s = parse_string_parts(begin, squiggly, &end_flags, &label);
  s->line = line;
  switch (begin) {
    case Tok::kXSTRING_BEG:
      s->kind = s->kind == NodeKind::kSTR ? NodeKind::kXSTR : NodeKind::kDXSTR;
      return s;
    case Tok::kREGEXP_BEG:
      s->kind = s->kind == NodeKind::kSTR ? NodeKind::kREGEX : NodeKind::kDREGEX;
      s->flags = end_flags;
      return s;
    case Tok::kDSYM_BEG:
      s->kind = s->kind == NodeKind::kSTR ? NodeKind::kSYM : NodeKind::kDSYM;
      return s;
    default:
      break;
  }
  if (label) error("syntax error, unexpected label");
  return concat_adjacent(s, line);
}

// "a" "b": adjacent string literals concatenate
Node* Parser::concat_adjacent(Node* s, int line) {
  while (at(Tok::kSTRING_BEG)) {
    bool sq = tok_.flags & 2;
    advance();
    Node* t = parse_string_parts(Tok::kSTRING_BEG, sq, nullptr, nullptr);
    Node* d = make(NodeKind::kDSTR, line);
    for (Node* x : {s, t}) {
      std::vector<Node*> parts = x->kind == NodeKind::kSTR ? std::vector<Node*>{x} : x->list;
      for (Node* p : parts) {
        if (p->kind == NodeKind::kSTR && !d->list.empty() &&
            d->list.back()->kind == NodeKind::kSTR) {
          Node* merged = make(NodeKind::kSTR, d->list.back()->line);   // keep the originals intact
          merged->str = d->list.back()->str + p->str;
          d->list.back() = merged;
        } else {
          d->list.push_back(p);
        }
      }
    }
    if (all_str(d->list)) {
      std::string joined;
      for (Node* p : d->list) joined += p->str;
      s = make(NodeKind::kSTR, line);
      s->str = std::move(joined);
    } else {
      s = d;
    }
  }
  return s;
}

Node* Parser::parse_words(bool symbols) {
  int line = tok_.line;
  advance();
  Node* arr = make(NodeKind::kARRAY, line);
  std::vector<Node*> parts;
  auto flush = [&]() {
    if (parts.empty()) return;
    Node* w;
    if (all_str(parts)) {
      w = make(symbols ? NodeKind::kSYM : NodeKind::kSTR, parts[0]->line);
      for (Node* p : parts) w->str += p->str;
    } else {
      w = make(symbols ? NodeKind::kDSYM : NodeKind::kDSTR, parts[0]->line);
      w->list = parts;
    }
    arr->list.push_back(w);
    parts.clear();
  };
  for (;;) {
    int l = tok_.line;
    switch (tok_.kind) {
      case Tok::kWORD_SEP: flush(); advance(); continue;
      case Tok::kSTRING_CONTENT: {
        Node* s = make(NodeKind::kSTR, l);
        s->str = std::move(tok_.text);
        parts.push_back(s);
        advance();
        continue;
      }
      case Tok::kSTRING_DBEG: {
        advance();
        Node* e = make(NodeKind::kEVSTR, l);
        int saved_do = no_do_, saved_in = no_in_;
        no_do_ = no_in_ = 0;
        e->a = parse_stmts();
        no_do_ = saved_do;
        no_in_ = saved_in;
        if (!at(Tok::kEMBEXPR_END)) unexpected(at(Tok::kEOF) ? nullptr : "'}'");
        advance();
        parts.push_back(e);
        continue;
      }
      case Tok::kSTRING_DVAR: {
        advance();
        Node* e = make(NodeKind::kEVSTR, l);
        e->a = parse_primary();
        parts.push_back(e);
        continue;
      }
      case Tok::kSTRING_END:
        flush();
        advance();
        return arr;
      default:
        unexpected();
    }
  }
}

Node* Parser::parse_symbol() {
  int line = tok_.line;
  advance();   // ':' (the lexer lexes the name in FNAME state)
  Node* s = make(NodeKind::kSYM, line);
  switch (tok_.kind) {
    case Tok::kIVAR: case Tok::kGVAR: case Tok::kCVAR: case Tok::kBACK_REF: case Tok::kNTH_REF:
      s->str = tok_.text;
      break;
    default:
      s->str = method_name_of(tok_);
      if (s->str.empty()) unexpected();
  }
  advance();
  return s;
}

void Parser::negate_literal(Node* lit) {
  switch (lit->kind) {
    case NodeKind::kINT: lit->num = -lit->num; break;
    case NodeKind::kBIGNUM:
      if (lit->str == "9223372036854775808") {
        lit->kind = NodeKind::kINT;
        lit->num = INT64_MIN;
        lit->str.clear();
      } else {
        prepend_minus(lit->str);
      }
      break;
    case NodeKind::kFLOAT: lit->fnum = -lit->fnum; break;
    case NodeKind::kRATIONAL: prepend_minus(lit->str); break;
    case NodeKind::kIMAGINARY: negate_literal(lit->a); break;
    default: break;
  }
}

Node* Parser::parse_number(bool negative) {
  int line = tok_.line;
  Node* n;
  switch (tok_.kind) {
    case Tok::kINTEGER:
      if (tok_.flags & 1) {
        n = make(NodeKind::kBIGNUM, line);
        n->str = tok_.text;
      } else {
        n = make(NodeKind::kINT, line);
        n->num = tok_.num;
      }
      break;
    case Tok::kFLOAT:
      n = make(NodeKind::kFLOAT, line);
      n->fnum = tok_.fnum;
      break;
    case Tok::kRATIONAL:
      n = make(NodeKind::kRATIONAL, line);
      n->str = tok_.text;
      break;
    case Tok::kIMAGINARY: {
      n = make(NodeKind::kIMAGINARY, line);
      Node* inner;
      if (tok_.flags & 2) {
        inner = make(NodeKind::kRATIONAL, line);
        inner->str = tok_.text;
      } else if (tok_.flags & 4) {
        inner = make(NodeKind::kFLOAT, line);
        inner->fnum = tok_.fnum;
      } else if (tok_.flags & 1) {
        inner = make(NodeKind::kBIGNUM, line);
        inner->str = tok_.text;
      } else {
        inner = make(NodeKind::kINT, line);
        inner->num = tok_.num;
      }
      n->a = inner;
      break;
    }
    default:
      unexpected();
  }
  advance();
  if (negative) negate_literal(n);
  return n;
}

Node* Parser::parse_array() {
  int line = tok_.line;
  advance();   // [
  Node* arr = make(NodeKind::kARRAY, line);
  parse_paren_args(arr, Tok::kRBRACK);
  if (arr->b) error("block argument should not be given", line);
  for (Node* e : arr->list) {
    if (e->kind == NodeKind::kFWD_ARGS) error("unexpected ...", line);
  }
  return arr;
}

Node* Parser::shorthand_value(const std::string& name, int line) {
  LocalRef r = lookup(name);
  if (r.found) return lvar(name, r, line);
  Node* c = make(NodeKind::kCALL, line);
  c->str = name;
  c->flags = kCallFcall | kCallVcall;
  if (ident_is_const(name)) {
    c->kind = NodeKind::kCONST;
    c->flags = 0;
  }
  return c;
}

void Parser::parse_hash_element(Node* hash, bool bare) {
  (void)bare;
  int line = tok_.line;
  if (at(Tok::kDSPLAT) || at(Tok::kPOW)) {
    advance();
    Node* s = make(NodeKind::kDSPLAT, line);
    s->a = parse_arg();
    hash->list.push_back(s);
    return;
  }
  Node* p = make(NodeKind::kPAIR, line);
  if (at(Tok::kLABEL)) {
    p->a = make(NodeKind::kSYM, line);
    p->a->str = tok_.text;
    std::string name = tok_.text;
    advance();
    skip_newlines();
    if (at(Tok::kCOMMA) || at(Tok::kRBRACE)) p->b = shorthand_value(name, line);
    else p->b = parse_arg();
  } else if (at(Tok::kSTRING_BEG) && !(tok_.flags & 2)) {
    uint32_t start = tok_.beg;
    advance();
    uint32_t end_flags = 0;
    bool label = false;
    Node* s = parse_string_parts(Tok::kSTRING_BEG, false, &end_flags, &label);
    if (label) {
      s->kind = s->kind == NodeKind::kSTR ? NodeKind::kSYM : NodeKind::kDSYM;
      p->a = s;
      skip_newlines();
      p->b = parse_arg();
    } else {
      p->a = continue_expression(span(concat_adjacent(s, line), start));
      skip_newlines();
      expect(Tok::kASSOC, "=>");
      skip_newlines();
      p->b = parse_arg();
    }
  } else {
    p->a = parse_arg();
    skip_newlines();
    expect(Tok::kASSOC, "=>");
    skip_newlines();
    p->b = parse_arg();
  }
  hash->list.push_back(p);
}

Node* Parser::parse_hash() {
  int line = tok_.line;
  advance();   // {
  int saved_do = no_do_, saved_in = no_in_;
  no_do_ = no_in_ = 0;
  Node* h = make(NodeKind::kHASH, line);
  skip_newlines();
  while (!at(Tok::kRBRACE)) {
    parse_hash_element(h, false);
    skip_newlines();
    if (!accept(Tok::kCOMMA)) break;
    skip_newlines();
  }
  expect(Tok::kRBRACE, "'}'");
  warn_duplicate_keys(h);
  no_do_ = saved_do;
  no_in_ = saved_in;
  return h;
}

// How CRuby's warning shows a literal key (its inspect); empty for keys it does not
// compare (not literals, or ones this simple rendering does not cover).
std::string literal_key_text(const Node* key) {
  switch (key->kind) {
    case NodeKind::kINT: return std::to_string(key->num);
    case NodeKind::kBIGNUM: return key->str;
    case NodeKind::kSYM: {
      const std::string& s = key->str;
      bool plain = !s.empty() && !(s[0] >= '0' && s[0] <= '9');
      for (char c : s) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
              static_cast<unsigned char>(c) >= 0x80))
          plain = false;
      }
      return plain ? ":" + s : std::string{};
    }
    case NodeKind::kSTR: {
      std::string out = "\"";
      for (char c : key->str) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '#') return {};
        else if (u < 0x20 || u == 0x7f) return {};
        else out += c;
      }
      return out + "\"";
    }
    default:
      return {};
  }
}

void Parser::warn_duplicate_keys(const Node* hash) {
  std::vector<std::pair<std::string, const Node*>> seen;   // key text, its latest pair
  for (const Node* e : hash->list) {
    if (e->kind != NodeKind::kPAIR || e->a == nullptr) continue;
    std::string text = literal_key_text(e->a);
    if (text.empty()) continue;
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& k) { return k.first == text; });
    if (it == seen.end()) {
      seen.emplace_back(text, e);
      continue;
    }
    const Node* old = it->second;
    warn(old->a->line, "key " + text + " is duplicated and overwritten on line " +
                           std::to_string(e->a->line));
    if (old->b && !literal_key_text(old->b).empty())   // the overwritten value, when a literal
      warn(old->a->line, "unused literal ignored", true);
    it->second = e;
  }
}

}  // namespace maglev::vm::parse
