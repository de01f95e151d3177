// check_tree(): CRuby's value_expr check (parse.y) and its compile-time checks of
// break/next/redo/retry/yield/return placement (compile.c), over a finished tree.
#include "vm/parse/tree_check.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "vm/parse/error_snippet.h"

namespace maglev::vm::parse {

namespace {

// Where a jump is: what encloses it up to its method/class/program scope.
struct JumpContext {
  bool loop = false;     // inside while/until/for (of this scope)
  bool block = false;    // inside a block or lambda
  bool rescue = false;   // inside a rescue clause of this scope
  bool method = false;   // yield allowed: the outermost scope is a method
  bool klass = false;    // directly in a class/module body
  bool eval = false;     // in an eval's text, outside any method or class
  bool top = true;       // in the program's own code (no method, class or block)
};

class TreeCheck {
 public:
  TreeCheck(std::string_view source, const ParseOptions& options)
      : source_(source), options_(options) {
    for (size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\n') line_ends_.push_back(i);
    }
  }

  std::optional<SyntaxError> error;

  // Whether the walk may go deeper: trees nested past the stack budget (a long `1+1+..`
  // chain) are left unchecked rather than overflow the stack.
  bool room() const {
    auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return (stack_base_ > here ? stack_base_ - here : here - stack_base_) < kStackBudget;
  }

  void values(const Node* n) {
    if (n == nullptr || error || !room()) return;
    switch (n->kind) {
      case NodeKind::kCALL: case NodeKind::kSUPER: case NodeKind::kYIELD:
      case NodeKind::kATTRASGN:
        if (n->kind == NodeKind::kCALL || n->kind == NodeKind::kATTRASGN) value(n->a, n);
        for (const Node* arg : n->list) argument(arg, n);
        if (n->kind == NodeKind::kATTRASGN) value(n->b, n);
        break;
      case NodeKind::kLASGN: case NodeKind::kIASGN: case NodeKind::kGASGN:
      case NodeKind::kCVASGN: case NodeKind::kCDECL: case NodeKind::kMASGN:
      case NodeKind::kAND: case NodeKind::kOR: case NodeKind::kIF: case NodeKind::kWHILE:
      case NodeKind::kUNTIL: case NodeKind::kCASE: case NodeKind::kCASE_IN:
      case NodeKind::kFOR: case NodeKind::kMATCH_PATTERN: case NodeKind::kMATCH_PATTERN_P:
      case NodeKind::kSPLAT: case NodeKind::kRETURN: case NodeKind::kBREAK:
      case NodeKind::kNEXT:
        value(n->a, n);
        break;
      case NodeKind::kOP_ASGN:
        value(n->b, n);
        break;
      case NodeKind::kRANGE:
        value(n->a, n);
        value(n->b, n);
        break;
      case NodeKind::kARRAY: case NodeKind::kWHEN:
        for (const Node* e : n->list) argument(e, n);
        break;
      case NodeKind::kHASH:
        for (const Node* e : n->list) argument(e, n);
        break;
      default:
        break;
    }
    values(n->a);
    values(n->b);
    values(n->c);
    values(n->d);
    for (const Node* e : n->list) values(e);
  }

  void jumps(const Node* n, JumpContext cx) {
    if (n == nullptr || error || !room()) return;
    switch (n->kind) {
      case NodeKind::kBREAK: case NodeKind::kNEXT: case NodeKind::kREDO: {
        const char* what = n->kind == NodeKind::kBREAK ? "break"
                           : n->kind == NodeKind::kNEXT ? "next" : "redo";
        if (!cx.loop && !cx.block) {
          fail(n->line, cx, cx.eval ? std::string("Can't escape from eval with ") + what
                                      : std::string("Invalid ") + what);
          return;
        }
        break;
      }
      case NodeKind::kRETRY:
        if (!cx.rescue) return fail(n->line, cx, "Invalid retry");
        break;
      case NodeKind::kYIELD:
        if (!cx.method) return fail(n->line, cx, "Invalid yield");
        break;
      case NodeKind::kRETURN:
        if (cx.klass && !cx.block) {   // (a parse error in CRuby: shown with the line)
          error = SyntaxError{options_.file, n->line, "Invalid return in class/module body",
                              error_snippet(source_, options_.line, n->line, n->beg, n->end)};
          return;
        }
        break;
      case NodeKind::kDEFINED:
        return;
      case NodeKind::kDEF: case NodeKind::kDEFS:
        jumps(n->c, cx);
        jumps(n->a, JumpContext{false, false, false, true, false, false, false});
        jumps(n->b, JumpContext{false, false, false, true, false, false, false});
        return;
      case NodeKind::kCLASS: case NodeKind::kMODULE: case NodeKind::kSCLASS:
        jumps(n->a, cx);
        jumps(n->b, cx);
        jumps(n->c, JumpContext{false, false, false, false, true, false, false});
        return;
      case NodeKind::kBLOCK: case NodeKind::kLAMBDA: case NodeKind::kPOSTEXE: {
        JumpContext inner = cx;
        inner.block = true;
        inner.rescue = false;
        inner.top = false;
        jumps(n->a, inner);
        jumps(n->b, inner);
        return;
      }
      case NodeKind::kWHILE: case NodeKind::kUNTIL: {
        JumpContext inner = cx;
        inner.loop = true;
        jumps(n->a, inner);
        jumps(n->b, inner);
        return;
      }
      case NodeKind::kFOR: {
        jumps(n->a, cx);
        JumpContext inner = cx;
        inner.loop = true;
        jumps(n->b, inner);
        jumps(n->c, inner);
        return;
      }
      case NodeKind::kRESBODY: {
        JumpContext inner = cx;
        inner.rescue = true;
        for (const Node* e : n->list) jumps(e, inner);
        jumps(n->b, inner);
        jumps(n->a, inner);
        return;
      }
      default:
        break;
    }
    jumps(n->a, cx);
    jumps(n->b, cx);
    jumps(n->c, cx);
    jumps(n->d, cx);
    for (const Node* e : n->list) jumps(e, cx);
  }

 private:
  // An argument-like child: a splat, a block pass or a keyword hash checks its operand.
  void argument(const Node* arg, const Node* parent) {
    if (arg == nullptr) return;
    switch (arg->kind) {
      case NodeKind::kSPLAT: case NodeKind::kBLOCK_PASS: case NodeKind::kDSPLAT:
        value(arg->a, parent);
        break;
      case NodeKind::kPAIR:
        value(arg->a, parent);
        value(arg->b, parent);
        break;
      case NodeKind::kHASH:
        for (const Node* e : arg->list) argument(e, parent);
        break;
      default:
        value(arg, parent);
    }
  }

  // parse.y's value_expr_check: the jump that makes `n` have no value, or null.
  static const Node* void_node(const Node* n) {
    const Node* found = nullptr;
    while (n != nullptr) {
      switch (n->kind) {
        case NodeKind::kRETURN: case NodeKind::kBREAK: case NodeKind::kNEXT:
        case NodeKind::kREDO: case NodeKind::kRETRY:
          return found ? found : n;
        case NodeKind::kSEQ:
          if (n->list.empty()) return nullptr;
          n = n->list.back();
          break;
        case NodeKind::kIF: {
          if (n->b == nullptr || n->c == nullptr) return nullptr;
          const Node* v = void_node(n->b);
          if (v == nullptr) return nullptr;
          if (found == nullptr) found = v;
          n = n->c;
          break;
        }
        case NodeKind::kAND: case NodeKind::kOR:
          n = n->a;
          break;
        default:
          return nullptr;
      }
    }
    return nullptr;
  }

  // `n` must have a value; `parent` is the expression needing it (CRuby reports the
  // error on the line where that expression ends).
  void value(const Node* n, const Node* parent) {
    if (n == nullptr || error) return;
    if (n->kind == NodeKind::kRESCUE && (n->flags & kRescueModifier)) n = n->a;
    const Node* v = void_node(n);
    if (v == nullptr) return;
    int line = parent->end >= 0 ? line_at(static_cast<size_t>(parent->end - 1)) : v->line;
    error = SyntaxError{options_.file, line, "void value expression",
                        error_snippet(source_, options_.line, line, v->beg, v->end)};
  }

  int line_at(size_t offset) const {
    auto it = std::lower_bound(line_ends_.begin(), line_ends_.end(), offset);
    return options_.line + static_cast<int>(it - line_ends_.begin());
  }

  void fail(int line, const JumpContext& cx, const std::string& message) {
    error = SyntaxError{options_.file, line, message, {},
                        cx.top ? SyntaxError::Stage::kCompileTop : SyntaxError::Stage::kCompile};
  }

  static constexpr uintptr_t kStackBudget = 1u << 20;
  std::string_view source_;
  const ParseOptions& options_;
  uintptr_t stack_base_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  std::vector<size_t> line_ends_;   // offsets of the '\n's
};

}  // namespace

std::optional<SyntaxError> check_tree(const Node* root, std::string_view source,
                                      const ParseOptions& options) {
  TreeCheck check(source, options);
  check.values(root);
  if (!check.error) {
    JumpContext top;
    top.method = options.eval_in_method;
    top.eval = options.eval;
    check.jumps(root, top);
  }
  return check.error;
}

}  // namespace maglev::vm::parse
