// The recursive-descent parser's private class, shared by the parse_*.cc files
// (statements, expressions, literals, assignment, patterns). Not a public header:
// only parser.h is. One Parser per parse() call; it never outlives it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "vm/parse/ast.h"
#include "vm/parse/lexer.h"
#include "vm/parse/parser.h"

namespace maglev::vm::parse {

// "_1".."_9" (built without operator+, which trips GCC 12's -Wrestrict)
inline bool is_numparam_name(std::string_view s) {
  return s.size() == 2 && s[0] == '_' && s[1] >= '1' && s[1] <= '9';
}
inline std::string numparam_name(int i) {
  std::string s(1, '_');
  s += static_cast<char>('0' + i);
  return s;
}

// How CRuby's warnings show a literal hash key or when value (its inspect); empty for
// nodes they do not compare (not literals, or ones this simple rendering does not cover).
std::string literal_key_text(const Node* key);

class Parser {
 public:
  Parser(std::string_view source, const ParseOptions& options, Ast* ast);
  Node* parse_program();
  std::vector<std::string> top_locals() const;
  // The parser's warnings, then the ones CRuby's compiler prints (after them).
  std::vector<ParseWarning> take_warnings() {
    warnings_.insert(warnings_.end(), compile_warnings_.begin(), compile_warnings_.end());
    return std::move(warnings_);
  }
  const std::optional<std::string>& data() const { return lex_.data(); }
  bool continued_at_eof() const { return lex_.continued_at_eof(); }

 private:
  // ---- scopes (parser.cc)
  enum class ScopeKind : uint8_t { kTop, kDef, kClass, kBlock };
  struct Scope {
    ScopeKind kind = ScopeKind::kTop;
    std::vector<std::string> locals;
    std::vector<Node*> refs;   // LVAR/LASGN nodes resolved into this scope
    bool has_params = false;   // a block with explicit parameters
    int numparam_max = 0;      // highest _N used
    bool inner_numparams = false;   // a block nested in this one used _N
    // -w "assigned but unused variable": locals an assignment declared (with its line)
    // and the names read
    std::vector<std::pair<std::string, int>> assigned;
    std::unordered_set<std::string> used;
  };
  void warn_unused_locals(const Scope& s);

  // ---- -w "mismatched indentations" (parse.y's token_info; parser.cc)
  struct Indent {
    const char* token;
    int line;
    int column;    // 1-based, tabs to multiples of 8
    bool nonspc;   // something other than blanks before it on its line
  };
  Indent indent_of(const char* token, const Token& t) const;
  void indent_push(const char* token) { indents_.push_back(indent_of(token, tok_)); }
  // At a middle keyword (else, elsif, when, rescue, ensure): `same` wants the column of
  // the opening keyword, else at least it.
  void indent_check(const char* token, bool same);
  void indent_pop(const char* token = "end");   // at `end` (or a lambda's `}`)
  std::vector<Indent> indents_;
  struct LocalRef {
    bool found = false;
    int slot = 0;
    int depth = 0;
    Scope* scope = nullptr;
  };
  void push_scope(ScopeKind kind);
  void pop_scope_into(Node* scope_node);
  // Moves the slots `first` (old indices) to the front, in that order, renumbering
  // every LVAR/LASGN that refers to the scope.
  void reorder_scope(Scope& s, const std::vector<int>& first);
  LocalRef lookup(std::string_view name);
  // Declares `name` unless already visible (with `here`: unless already in the
  // innermost scope, as parameters shadow outer locals).
  LocalRef declare(const std::string& name, bool here = false);
  Node* lvar(const std::string& name, const LocalRef& ref, int line);
  Node* lasgn(const std::string& name, int line, bool here = false);   // declares; value null
  // "_1 is reserved for numbered parameter" for a variable, parameter or method named _N.
  void check_not_numparam(std::string_view name);
  static bool is_local_cb(void* ctx, std::string_view name);
  bool in_def() const;

  // ---- tokens and errors (parser.cc)
  void advance();
  bool at(Tok k) const { return tok_.kind == k; }
  bool accept(Tok k);
  void expect(Tok k, const char* expecting);
  [[noreturn]] void unexpected(const char* expecting = nullptr);
  [[noreturn]] void error(const std::string& message, int line = 0);
  void warn(int line, std::string message, bool verbose = false, bool experimental = false) {
    warnings_.push_back(ParseWarning{line, std::move(message), verbose, experimental});
  }
  // Where a condition is (parse.y's cond_type): if/while, a flip-flop's end, `!`'s operand.
  enum class CondKind : uint8_t { kCond, kFlipFlop, kOperand };
  // CRuby's assign_in_cond / cond0 warnings for the condition `n`.
  void warn_condition(const Node* n, CondKind kind);
  void warn_duplicate_keys(const Node* hash);
  // -w: parse.y's block_append ("unused literal ignored") and void_stmts ("possibly
  // useless use of == in void context") over a statement list; `last_too` for a script.
  void warn_void_stmts(const std::vector<Node*>& stmts, bool last_too);
  void warn_void_expr(const Node* n);
  // An error CRuby reports on the current line, drawn under the source bytes
  // [beg, end) (a node's or token's span).
  [[noreturn]] void error_at(const std::string& message, int64_t beg, int64_t end);
  [[noreturn]] void error_at(const std::string& message, const Node* at) {
    error_at(message, at->beg, at->end);
  }
  [[noreturn]] void error_at(const std::string& message, const Token& at) {
    error_at(message, at.beg, at.end);
  }
  void skip_newlines();
  void skip_terms();
  bool at_term() const { return at(Tok::kNEWLINE) || at(Tok::kSEMI); }
  Node* make(NodeKind kind, int line) { return ast_->make(kind, line); }
  Node* make(NodeKind kind) { return ast_->make(kind, tok_.line); }
  // Gives `n` the span from `beg` to the end of the last token read, where not set yet.
  Node* span(Node* n, uint32_t beg) {
    if (n != nullptr) {
      if (n->beg < 0) n->beg = static_cast<int32_t>(beg);
      if (n->end < 0) n->end = static_cast<int32_t>(prev_.end);
    }
    return n;
  }
  // Where the expression about to be parsed starts (a pending primary's start).
  uint32_t expr_start() const {
    return pending_ != nullptr && pending_->beg >= 0 ? static_cast<uint32_t>(pending_->beg)
                                                     : tok_.beg;
  }
  struct DepthGuard {
    explicit DepthGuard(Parser* p);
    ~DepthGuard() { --p_->depth_; }
    Parser* p_;
  };

  // ---- statements and definitions (parse_stmt.cc)
  Node* parse_stmts();                 // until a closing keyword/token; null if empty
  Node* parse_stmt();
  Node* parse_body_stmt(int line);     // stmts [rescue..] [else..] [ensure..]
  Node* parse_rescue_clause();
  Node* parse_if(bool unless);
  Node* parse_while(bool until);
  Node* parse_for();
  Node* parse_case();
  Node* parse_def();
  Node* parse_class();
  Node* parse_cpath();
  Node* parse_module();
  Node* parse_begin();
  Node* parse_alias();
  Node* parse_undef();
  Node* parse_fitem(bool fname_next);
  Node* parse_then_body(bool allow_then);   // then/term + stmts
  void expect_end(const char* what, bool had_stmts);
  Node* seq(std::vector<Node*>& stmts, int line);
  // Marks flip-flops in a condition and warns of literals in it.
  Node* cond(Node* n, CondKind kind = CondKind::kCond);

  // ---- expressions (parse_expr.cc)
  Node* parse_expr();     // not/and/or level, pattern match
  Node* parse_expr_value() { return parse_expr(); }
  Node* parse_not();
  Node* parse_arg();      // ternary level (assignment happens in primaries)
  Node* parse_ternary();
  Node* parse_binary(int min_prec);
  Node* parse_unary();
  Node* parse_unary_node();   // parse_unary without the span
  Node* parse_primary();
  Node* parse_primary_node();   // parse_primary without the span
  Node* parse_postfix(Node* node);
  Node* parse_identifier();
  Node* parse_method_call_after_dot(Node* recv, bool safe_nav, int line);
  Node* finish_call(Node* call, bool allow_command);
  bool can_start_arg() const;
  bool can_start_command_arg() const;
  void parse_paren_args(Node* call, Tok close);   // after the opening token
  // Arguments without parentheses. With do_binds_outside, a `do` after them belongs
  // to this call, not to a call inside the arguments (not so for return/break/next).
  void parse_command_args(Node* call, bool do_binds_outside = true);
  bool parse_one_arg(Node* call, Node** hash);   // false when `)`-like closer hit
  Node* parse_brace_block();
  Node* parse_do_block();
  Node* parse_block_params_and_body(bool brace, int line);
  Node* parse_lambda();
  Node* parse_params(Tok close, bool block, bool lambda);
  Node* parse_param_masgn(bool block);
  Node* parse_paren_expr(int line);
  Node* parse_yield_super_return(Tok kw);
  Node* parse_defined();
  Node* attach_block(Node* call, Node* block);
  Node* binary_call(Node* left, const char* op, Node* right, int line);

  // ---- literals (parse_literal.cc)
  Node* parse_string_like();          // at a STRING_BEG/XSTRING_BEG/REGEXP_BEG/DSYM_BEG
  Node* parse_string_parts(Tok begin, bool squiggly, uint32_t* end_flags, bool* label);
  Node* concat_adjacent(Node* first, int line);
  Node* parse_words(bool symbols);
  Node* parse_symbol();               // at SYMBEG
  Node* parse_number(bool negative);
  void negate_literal(Node* lit);
  Node* continue_expression(Node* primary);   // `primary` is the expression's first operand
  Node* parse_array();
  Node* parse_hash();
  void parse_hash_element(Node* hash, bool bare);
  Node* shorthand_value(const std::string& name, int line);
  std::string method_name_of(const Token& t) const;   // operator/ident token -> name
  void named_captures(const std::string& regex, std::vector<std::string>* names) const;

  // ---- assignment (parse_assign.cc)
  bool assignable(const Node* n) const;
  Node* to_target(Node* n);
  Node* to_target_node(Node* n);   // to_target without the span
  Node* parse_assignment(Node* lhs);    // at ASSIGN or OP_ASGN
  Node* parse_assignment_rhs();
  Node* parse_masgn(Node* first, int line);   // first target parsed; at COMMA
  Node* parse_mlhs_item();
  Node* parse_mlhs_rhs();
  Node* rescue_mod(Node* body, int line);

  // ---- patterns (parse_pattern.cc)
  Node* parse_pattern_top();
  Node* parse_pattern();
  Node* parse_pattern_primary();
  Node* parse_array_pattern(Node* constant, Tok close);
  Node* parse_hash_pattern(Node* constant, Tok close);
  Node* parse_pattern_value();
  bool pattern_starts() const;

  std::string file_;
  // __FILE__, __LINE__ and __ENCODING__ as parsed (a STR, INT, ENCODING node) with their
  // keyword: assigning to one is CRuby's "Can't assign to __FILE__".
  std::vector<std::pair<const Node*, const char*>> pseudo_vars_;
  const char* pseudo_var_name(const Node* n) const {
    for (const auto& [node, name] : pseudo_vars_)
      if (node == n) return name;
    return nullptr;
  }
  bool dash_e_ = false;
  bool eval_ = false;
  std::vector<ParseWarning> warnings_;
  std::vector<std::pair<int, std::string>> lex_warnings_;   // the lexer's, until advance()
  std::vector<ParseWarning> compile_warnings_;
  Ast* ast_;
  Lexer lex_;
  Token tok_;
  Token prev_;
  std::vector<Scope> scopes_;
  const std::vector<std::vector<std::string>>* outer_;
  int depth_ = 0;
  uintptr_t stack_base_ = 0;   // frame address at parse_program(), for DepthGuard
  int no_do_ = 0;          // >0: `do` belongs to an enclosing command/while/for
  int no_in_ = 0;          // >0: `in` ends the expression (for x in ...)
  int in_def_ = 0;
  Node* last_begin_ = nullptr;
  bool last_stmts_empty_ = true;   // the latest parse_stmts() found no statement
  Node* pending_ = nullptr;
  Node* last_command_ = nullptr;   // the latest command call parsed (`p $!`) ...
  Token last_command_arg_;         // ... and the first token of its arguments
  Node* splat_rhs_ = nullptr;   // the ARRAY made for the latest `x = *y`   // a primary already parsed, returned by the next parse_primary
};

}  // namespace maglev::vm::parse
