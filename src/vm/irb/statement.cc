// Input completeness and prompt decorations (statement.h).
#include "vm/irb/statement.h"

#include <string>
#include <vector>

#include "vm/parse/lexer.h"

namespace maglev::vm::irb {

namespace {

using parse::Tok;

struct LexContext {
  const parse::ParseOptions* options;
};

bool is_local(void* ctx, std::string_view name) {
  auto* c = static_cast<LexContext*>(ctx);
  for (const auto& scope : c->options->outer_locals)
    for (const std::string& n : scope)
      if (n == name) return true;
  return false;
}

// What irb's lexer (RubyLex) reports for the prompt: nesting, continuation and the
// open literal, here from maglev's lexer run over the whole text.
void decorate(std::string_view text, const parse::ParseOptions& options, StatementState* st) {
  LexContext ctx{&options};
  parse::Lexer lex(text, 1, is_local, &ctx);
  std::vector<char> open;      // literal kinds, and 'E' for the code inside #{ }
  int indent = 0;
  bool cond_do = false;        // `while c do`: that do belongs to the loop
  Tok last = Tok::kEOF;        // last token outside literals that is not a newline
  uint32_t last_state = 0;
  try {
    for (;;) {
      parse::Token t = lex.next();
      if (t.kind == Tok::kEOF) break;
      bool code_level = open.empty();
      switch (t.kind) {
        case Tok::kSTRING_BEG: open.push_back((t.flags & 1) ? '"' : '\''); break;
        case Tok::kDSYM_BEG: open.push_back(':'); break;
        case Tok::kXSTRING_BEG: open.push_back('`'); break;
        case Tok::kREGEXP_BEG: open.push_back('/'); break;
        case Tok::kWORDS_BEG: case Tok::kSYMBOLS_BEG: open.push_back(']'); break;
        case Tok::kSTRING_END: case Tok::kLABEL_END:
          if (!open.empty()) open.pop_back();
          break;
        case Tok::kSTRING_DBEG: open.push_back('E'); break;
        case Tok::kEMBEXPR_END:
          if (!open.empty()) open.pop_back();
          break;
        default: break;
      }
      if (!code_level) {
        // A literal closing at code level counts as the line's last token.
        if (open.empty()) {
          last = t.kind;
          last_state = lex.state();
        }
        continue;
      }
      switch (t.kind) {
        case Tok::kKW_CLASS: case Tok::kKW_MODULE: case Tok::kKW_DEF: case Tok::kKW_BEGIN:
        case Tok::kKW_CASE: case Tok::kKW_IF: case Tok::kKW_UNLESS:
        case Tok::kLPAREN: case Tok::kLPAREN_CALL: case Tok::kLPAREN_ARG:
        case Tok::kLBRACK: case Tok::kLBRACK_INDEX: case Tok::kLBRACE:
        case Tok::kLBRACE_BLOCK: case Tok::kLBRACE_ARG: case Tok::kLAMBEG:
          ++indent;
          break;
        case Tok::kKW_WHILE: case Tok::kKW_UNTIL: case Tok::kKW_FOR:
          ++indent;
          cond_do = true;
          break;
        case Tok::kKW_DO:
          if (cond_do) cond_do = false;
          else ++indent;
          break;
        case Tok::kKW_END: case Tok::kRPAREN: case Tok::kRBRACK: case Tok::kRBRACE:
          if (indent > 0) --indent;
          break;
        case Tok::kNEWLINE: case Tok::kSEMI:
          cond_do = false;
          break;
        default: break;
      }
      if (t.kind != Tok::kNEWLINE) {
        last = t.kind;
        last_state = lex.state();
      }
    }
  } catch (const parse::ParseAbort&) {
    // the end of the text inside a literal (or a lexical error): what was seen counts
  }
  st->indent = indent;
  // The innermost open literal (also when the text ends in the code of its #{ }).
  for (size_t i = open.size(); i-- > 0 && st->literal == 0;)
    if (open[i] != 'E') st->literal = open[i];
  if (st->literal != 0) return;
  // irb's rule: the line goes on after a token that leaves the lexer expecting an
  // expression (an operator, a comma, `(`, `|x|`), except after `;`, a regexp,
  // `begin`/`else`/`ensure`, or `..`/`...` (an endless range); and after a backslash.
  if (lex.continued_at_eof()) {
    st->continued = true;
    return;
  }
  switch (last) {
    case Tok::kEOF: case Tok::kSEMI: case Tok::kSTRING_END: case Tok::kKW_BEGIN:
    case Tok::kKW_ELSE: case Tok::kKW_ENSURE: case Tok::kDOT2: case Tok::kDOT3:
      return;
    default:
      st->continued = (last_state & (parse::kExprBeg | parse::kExprFname)) != 0;
  }
}

}  // namespace

StatementState check_statement(std::string_view text, const parse::ParseOptions& options) {
  StatementState st;
  parse::ParseResult r = parse::parse(text, options);
  if (!r.errors.empty()) st.kind = r.incomplete ? StatementState::Kind::kIncomplete
                                                : StatementState::Kind::kError;
  else st.kind = r.incomplete ? StatementState::Kind::kIncomplete : StatementState::Kind::kComplete;
  if (st.kind == StatementState::Kind::kIncomplete) decorate(text, options, &st);
  return st;
}

bool is_assignment(std::string_view text, const parse::ParseOptions& options) {
  parse::ParseResult r = parse::parse(text, options);
  if (!r.errors.empty() || r.root == nullptr || r.root->a == nullptr) return false;
  const parse::Node* last = r.root->a;
  if (last->kind == parse::NodeKind::kSEQ) {
    if (last->list.empty()) return false;
    last = last->list.back();
  }
  switch (last->kind) {
    case parse::NodeKind::kLASGN: case parse::NodeKind::kIASGN: case parse::NodeKind::kGASGN:
    case parse::NodeKind::kCVASGN: case parse::NodeKind::kCDECL:
    case parse::NodeKind::kATTRASGN: case parse::NodeKind::kOP_ASGN:
    case parse::NodeKind::kMASGN:
      return true;
    default:
      return false;
  }
}

}  // namespace maglev::vm::irb
