// The abstract syntax tree: one small uniform Node whose kinds and field meanings are
// listed in ast.def, allocated from an arena owned by Ast. Never holds VM objects.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace maglev::vm::parse {

enum class NodeKind : uint8_t {
#define X(kind, name, fields) k##kind,
#include "vm/parse/ast.def"
#undef X
};

inline constexpr int kNodeKindCount = 0
#define X(kind, name, fields) +1
#include "vm/parse/ast.def"
#undef X
    ;

// Flag bits; which kinds use which is said in ast.def.
inline constexpr uint32_t kProgramFrozenStrings = 1u << 0;   // # frozen_string_literal: true
inline constexpr uint32_t kCallSafeNav = 1u << 0;     // a&.b (CALL, ATTRASGN)
inline constexpr uint32_t kCallVcall = 1u << 1;       // bare identifier `foo`: no receiver,
                                                      // no arguments, no parentheses
inline constexpr uint32_t kCallFcall = 1u << 2;       // written without receiver (`foo(1)`)
inline constexpr uint32_t kCallCommand = 1u << 3;     // arguments without parentheses
inline constexpr uint32_t kCallOperator = 1u << 4;    // binary/unary operator or a[i] syntax
inline constexpr uint32_t kHashBare = 1u << 0;        // HASH written without braces
inline constexpr uint32_t kRangeExclusive = 1u << 0;  // a...b
inline constexpr uint32_t kCdeclTop = 1u << 0;        // ::Foo = v
inline constexpr uint32_t kLoopDoWhile = 1u << 0;     // begin ... end while c
inline constexpr uint32_t kRescueModifier = 1u << 0;  // RESCUE of `a rescue b` (not dumped)
inline constexpr uint32_t kInGuardUnless = 1u << 0;   // in pat unless c
inline constexpr uint32_t kPatHashNilRest = 1u << 0;  // {k: v, **nil}
inline constexpr uint32_t kParamsTrailingComma = 1u << 0;  // |a,| (block: splats like |a, *|)
inline constexpr uint32_t kParamsNumbered = 1u << 1;  // implicit |_1, ..| of a block
inline constexpr uint32_t kParamsLambdaNoParens = 1u << 2;  // -> x { } (informational)
// REGEX / DREGEX option bits
inline constexpr uint32_t kReIgnoreCase = 1u << 0;    // i
inline constexpr uint32_t kReExtended = 1u << 1;      // x
inline constexpr uint32_t kReMultiline = 1u << 2;     // m
inline constexpr uint32_t kReOnce = 1u << 3;          // o
inline constexpr uint32_t kReNoEncoding = 1u << 4;    // n
inline constexpr uint32_t kReEucJp = 1u << 5;         // e
inline constexpr uint32_t kReWindows31J = 1u << 6;    // s
inline constexpr uint32_t kReUtf8 = 1u << 7;          // u

// One AST node. Which fields a kind uses is documented per kind in ast.def; unused
// fields stay null / empty / zero. Nodes are owned by their Ast and never deleted singly.
struct Node {
  NodeKind kind;
  int line = 0;
  // Source span as byte offsets of the parsed text (-1 when unknown): first byte, one
  // past the last. Set for expressions (a call's span includes its block); used for
  // error_highlight's columns (compile/spot.h).
  int32_t beg = -1;
  int32_t end = -1;
  Node* a = nullptr;
  Node* b = nullptr;
  Node* c = nullptr;
  Node* d = nullptr;
  std::vector<Node*> list;
  std::string str;
  int64_t num = 0;
  double fnum = 0.0;
  uint32_t flags = 0;
  std::vector<std::string> locals;   // scope nodes only (see ast.def)
};

// Owns every Node of one parse. Not thread-safe; movable, not copyable.
class Ast {
 public:
  Ast() = default;
  Ast(const Ast&) = delete;
  Ast& operator=(const Ast&) = delete;

  // Returns a new node of `kind` at `line`, owned by this Ast (stable address).
  Node* make(NodeKind kind, int line) {
    Node& n = nodes_.emplace_back();
    n.kind = kind;
    n.line = line;
    return &n;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::deque<Node> nodes_;
};

// The dump name of a kind ("call", "lasgn", ...).
const char* node_kind_name(NodeKind kind);

// An S-expression of the tree under `node`, one line, fields as ast.def orders them:
// e.g. `(call _ puts [(str "hi")] _ f=14)`. Null prints `_`. Used by
// `maglev-ruby --dump=ast` and the parser's unit tests.
std::string dump(const Node* node);

}  // namespace maglev::vm::parse
