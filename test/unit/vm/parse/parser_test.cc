// Parser API tests: local-variable tables and resolution (slots, depths, outer
// scopes), ParseResult fields (incomplete, data, top_locals), lines, and robustness
// against pathological input (deep nesting, long inputs).
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>

#include "test/unit/vm/parse/parse_test_util.h"

namespace maglev::vm::parse {
namespace {

ParseResult parse_ok(const std::string& src, ParseOptions opts = {}) {
  ParseResult r = parse(src, opts);
  EXPECT_TRUE(r.errors.empty()) << (r.errors.empty() ? "" : r.errors[0].to_string());
  return r;
}

// Finds the first node of `kind` named `name` (pre-order).
const Node* find(const Node* n, NodeKind kind, const std::string& name) {
  if (n == nullptr) return nullptr;
  if (n->kind == kind && n->str == name) return n;
  for (const Node* c : {n->a, n->b, n->c, n->d}) {
    if (const Node* f = find(c, kind, name)) return f;
  }
  for (const Node* c : n->list) {
    if (const Node* f = find(c, kind, name)) return f;
  }
  return nullptr;
}

TEST(Parser, EmptyProgram) {
  ParseResult r = parse_ok("");
  ASSERT_NE(r.root, nullptr);
  EXPECT_EQ(r.root->kind, NodeKind::kPROGRAM);
  EXPECT_EQ(r.root->a, nullptr);
  EXPECT_EQ(body_dump("\n\n;;\n"), "_");
}

TEST(Parser, TopLocalsInSlotOrder) {
  ParseResult r = parse_ok("b = 1; a = 2; b = 3; c, d = 1");
  EXPECT_EQ(r.top_locals, (std::vector<std::string>{"b", "a", "c", "d"}));
  EXPECT_EQ(r.root->locals, r.top_locals);
}

TEST(Parser, ParamsComeFirstInDefLocals) {
  ParseResult r = parse_ok("def f(a, b = 1, *c, d:, **e, &f); x = 1; end");
  const Node* def = r.root->a;
  ASSERT_EQ(def->kind, NodeKind::kDEF);
  EXPECT_EQ(def->locals, (std::vector<std::string>{"a", "b", "c", "d", "e", "f", "x"}));
}

TEST(Parser, DefIsAScopeBoundary) {
  ParseResult r = parse_ok("x = 1; def f; x; end");
  const Node* call = find(r.root, NodeKind::kCALL, "x");
  ASSERT_NE(call, nullptr);
  EXPECT_TRUE(call->flags & kCallVcall);
}

TEST(Parser, BlockSeesOuterLocalsWithDepth) {
  ParseResult r = parse_ok("a = 1; b = 2; f { |c| [b, c, g { a }] }");
  const Node* lb = find(r.root, NodeKind::kLVAR, "b");
  ASSERT_NE(lb, nullptr);
  EXPECT_EQ(lb->num, 1);
  EXPECT_EQ(lb->flags, 1u);
  const Node* lc = find(r.root, NodeKind::kLVAR, "c");
  EXPECT_EQ(lc->num, 0);
  EXPECT_EQ(lc->flags, 0u);
  const Node* la = find(r.root, NodeKind::kLVAR, "a");
  EXPECT_EQ(la->num, 0);
  EXPECT_EQ(la->flags, 2u);
}

TEST(Parser, BlockParamShadowsOuterLocal) {
  ParseResult r = parse_ok("x = 1; f { |x| x = 2 }");
  EXPECT_EQ(r.top_locals, (std::vector<std::string>{"x"}));
  const Node* asg = find(r.root->a->list[1], NodeKind::kLASGN, "x");
  ASSERT_NE(asg, nullptr);
  EXPECT_EQ(asg->flags, 0u);   // the block's own x
}

TEST(Parser, AssignmentInBlockToOuterLocal) {
  ParseResult r = parse_ok("x = 1; f { x = 2; y = 3 }");
  const Node* blk = r.root->a->list[1]->b;
  ASSERT_EQ(blk->kind, NodeKind::kBLOCK);
  EXPECT_EQ(blk->locals, (std::vector<std::string>{"y"}));
  const Node* asg = find(blk, NodeKind::kLASGN, "x");
  EXPECT_EQ(asg->flags, 1u);
}

TEST(Parser, NumberedParamsTakeFirstSlots) {
  ParseResult r = parse_ok("f { x = 1; _2 + x }");
  const Node* blk = r.root->a->b;
  EXPECT_EQ(blk->locals, (std::vector<std::string>{"_1", "_2", "x"}));
  EXPECT_EQ(find(blk, NodeKind::kLVAR, "_2")->num, 1);
  EXPECT_EQ(find(blk, NodeKind::kLVAR, "x")->num, 2);
  EXPECT_EQ(find(blk, NodeKind::kLASGN, "x")->num, 2);
  EXPECT_EQ(blk->a->list.size(), 2u);
  EXPECT_TRUE(blk->a->flags & kParamsNumbered);
}

TEST(Parser, EveryParamHasASlotInOrder) {
  ParseResult r = parse_ok("f { |(a, b), c, *, &| [a, b, c] }");
  const Node* blk = r.root->a->b;
  EXPECT_EQ(blk->locals, (std::vector<std::string>{"", "c", "*", "&", "a", "b"}));
  EXPECT_EQ(find(blk, NodeKind::kLVAR, "a")->num, 4);
  EXPECT_EQ(find(blk, NodeKind::kLVAR, "c")->num, 1);
  EXPECT_EQ(find(blk, NodeKind::kLASGN, "b")->num, 5);
  ParseResult d = parse_ok("def f(a = (x = 1), b) = x");
  EXPECT_EQ(d.root->a->locals, (std::vector<std::string>{"a", "b", "x"}));
  EXPECT_EQ(find(d.root->a, NodeKind::kLVAR, "x")->num, 2);
  ParseResult u = parse_ok("f { |_, _, y| _ }");
  EXPECT_EQ(u.root->a->b->locals, (std::vector<std::string>{"_", "_", "y"}));
  EXPECT_EQ(find(u.root->a->b, NodeKind::kLVAR, "_")->num, 0);
}

TEST(Parser, OuterLocalsForEval) {
  ParseOptions opts;
  opts.outer_locals = {{"a", "b"}, {"c"}};   // outermost first
  ParseResult r = parse_ok("[a, b, c, d]", opts);
  const Node* la = find(r.root, NodeKind::kLVAR, "a");
  ASSERT_NE(la, nullptr);
  EXPECT_EQ(la->flags, 2u);
  EXPECT_EQ(la->num, 0);
  EXPECT_EQ(find(r.root, NodeKind::kLVAR, "b")->num, 1);
  EXPECT_EQ(find(r.root, NodeKind::kLVAR, "c")->flags, 1u);
  EXPECT_NE(find(r.root, NodeKind::kCALL, "d"), nullptr);
  EXPECT_TRUE(r.top_locals.empty());
}

TEST(Parser, OuterLocalDecidesMinusMeaning) {
  ParseOptions opts;
  opts.outer_locals = {{"x"}};
  EXPECT_EQ(dump(parse_ok("x -1", opts).root->a), "(call (lvar x f=1) - [(int 1)] _ f=16)");
  EXPECT_EQ(body_dump("x -1"), "(call _ x [(int -1)] _ f=12)");
}

TEST(Parser, NamedCapturesDeclareLocals) {
  ParseResult r = parse_ok("/(?<y>\\d+)(?<m>\\d+)/ =~ s; y + m");
  EXPECT_EQ(r.top_locals, (std::vector<std::string>{"y", "m"}));
}

TEST(Parser, IncompleteInputs) {
  for (const char* src : {"def foo", "class A", "[1,", "foo(", "\"abc", "<<E\nx", "x = 1 +",
                          "if x", "foo do |x|", "begin", "case x", "{a: 1", "%w(a",
                          "/re", "a = <<~E\n  x\n", "while true", "->(x) {", "=begin\n",
                          "def f(a,", "'", "`ls", "x.", "a ?"}) {
    ParseResult r = parse(src, {});
    EXPECT_FALSE(r.errors.empty()) << src;
    EXPECT_TRUE(r.incomplete) << src;
  }
  for (const char* src : {"end", "1 2", ")", "def f(&b, c); end", "@1", "x = = 1"}) {
    ParseResult r = parse(src, {});
    EXPECT_FALSE(r.errors.empty()) << src;
    EXPECT_FALSE(r.incomplete) << src;
  }
}

TEST(Parser, TrailingBackslashIsIncompleteButValid) {
  ParseResult r = parse("foo \\\n", {});
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.incomplete);
  EXPECT_FALSE(parse("foo \\\nbar\n", {}).incomplete);
  EXPECT_FALSE(parse("foo\n", {}).incomplete);
}

TEST(Parser, DataAfterEnd) {
  ParseResult r = parse_ok("p DATA.read\n__END__\nline1\nline2\n");
  ASSERT_TRUE(r.data.has_value());
  EXPECT_EQ(*r.data, "line1\nline2\n");
  EXPECT_FALSE(parse_ok("p 1").data.has_value());
  // __END__ not at a line start is an identifier
  EXPECT_EQ(body_dump("x = __END__"), "{x} (lasgn x (call _ __END__ [] _ f=6))");
}

TEST(Parser, FrozenStringLiteralMagicComment) {
  EXPECT_TRUE(parse_ok("# frozen_string_literal: true\n'a'").frozen_string_literal);
  EXPECT_TRUE(parse_ok("#!/bin/ruby\n# -*- frozen-string-literal: true -*-\n1").root->flags &
              kProgramFrozenStrings);
  EXPECT_FALSE(parse_ok("# frozen_string_literal: false\n'a'").frozen_string_literal);
  EXPECT_FALSE(parse_ok("x = 1\n# frozen_string_literal: true\n'a'").frozen_string_literal);
  EXPECT_FALSE(parse_ok("'a'").frozen_string_literal);
}

TEST(Parser, LinesAndFileOptions) {
  ParseOptions opts;
  opts.file = "lib/x.rb";
  opts.line = 10;
  ParseResult r = parse_ok("a = 1\n\nb = __LINE__\nc = __FILE__", opts);
  const Node* seq = r.root->a;
  ASSERT_EQ(seq->kind, NodeKind::kSEQ);
  EXPECT_EQ(seq->list[0]->line, 10);
  EXPECT_EQ(seq->list[1]->line, 12);
  EXPECT_EQ(seq->list[1]->a->num, 12);
  EXPECT_EQ(seq->list[2]->a->str, "lib/x.rb");
  ParseResult e = parse("\n\nend", opts);
  ASSERT_EQ(e.errors.size(), 1u);
  EXPECT_EQ(e.errors[0].to_string(), "lib/x.rb:12: syntax error, unexpected `end'");
}

TEST(Parser, NodeLinesInsideHeredocs) {
  ParseResult r = parse_ok("x = <<~A\n  #{y}\nA\nz = 1");
  EXPECT_EQ(r.root->a->list[1]->line, 4);
  EXPECT_EQ(find(r.root, NodeKind::kCALL, "y")->line, 2);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  for (const std::string& unit : {std::string("("), std::string("["), std::string("-"),
                                  std::string("!"), std::string("a = "), std::string("\"#{"),
                                  std::string("{a: "), std::string("not "), std::string("f "),
                                  std::string("if a then "), std::string("def x;")}) {
    std::string src;
    for (int i = 0; i < 100000; ++i) src += unit;
    ParseResult r = parse(src, {});
    ASSERT_FALSE(r.errors.empty()) << unit;
  }
}

TEST(Parser, ModerateNestingIsFine) {
  std::string src;
  for (int i = 0; i < 100; ++i) src += "[";
  src += "1";
  for (int i = 0; i < 100; ++i) src += "]";
  parse_ok(src);
}

TEST(Parser, LongInputsParseInLinearTime) {
  std::string src;
  for (int i = 0; i < 20000; ++i) src += "x = foo(1, \"a#{i}\", [2, 3], {k: 4}) { |y| y + 1 }\n";
  auto t0 = std::chrono::steady_clock::now();
  ParseResult r = parse_ok(src);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(ms, 2000) << "parsing " << src.size() << " bytes took " << ms << " ms";
  EXPECT_EQ(r.root->a->list.size(), 20000u);
  std::string chain = "a";
  for (int i = 0; i < 100000; ++i) chain += " + a";
  parse_ok(chain);
}

TEST(Parser, ErrorsNameTheFile) {
  ParseOptions opts;
  opts.file = "foo.rb";
  ParseResult r = parse("x = (1", opts);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, "foo.rb");
  EXPECT_EQ(r.errors[0].to_string(),
            "foo.rb:1: syntax error, unexpected end-of-input, expecting ')'\nx = (1\n      ^");
  EXPECT_EQ(r.root, nullptr);
}

TEST(Parser, SemanticErrors) {
  EXPECT_EQ(first_error("def f; A = 1; end"), "1: dynamic constant assignment");
  EXPECT_EQ(first_error("def f; class A; end; end"), "1: class definition in method body");
  EXPECT_EQ(first_error("def f; BEGIN {}; end"), "1: BEGIN is permitted only at toplevel");
  EXPECT_EQ(first_error("self = 1"), "1: Can't change the value of self");
  EXPECT_EQ(first_error("nil = 1"), "1: Can't assign to nil");
  EXPECT_EQ(first_error("$1 = 2"), "1: Can't set variable $1");
  EXPECT_EQ(first_error("def f(a, a); end"), "1: duplicated argument name");
  EXPECT_EQ(first_error("def f(_, _); end"), "OK");
  EXPECT_EQ(first_error("class foo; end"), "1: class/module name must be CONSTANT");
  EXPECT_EQ(first_error("case 1; in ^z; end"), "1: z: no such local variable");
  EXPECT_EQ(first_error("def f(A); end"), "1: formal argument cannot be a constant");
}

TEST(Parser, TargetListsOnlyInAssignments) {
  EXPECT_EQ(first_error("p((a, b))"), "1: syntax error, unexpected ')', expecting '='");
  EXPECT_EQ(first_error("(a, b), c = 1"), "OK");
  EXPECT_EQ(first_error("((a, b), c), d = 1"), "OK");
  EXPECT_EQ(body_dump("(a, b) = 1, 2"),
            "{a b} (masgn [(lasgn a _) (lasgn b _)] (array [(int 1) (int 2)]))");
}

TEST(Parser, HeredocInsideHeredocIsReadOnce) {
  EXPECT_EQ(body_dump("x = <<A\nout #{<<B} mid\ninner\nB\nafter\nA\n"),
            "{x} (lasgn x (str \"out inner\\n mid\\nafter\\n\"))");
  // fuzzer regression: heredocs nested in interpolations used to be re-read at every
  // level (exponential time); now each body is lexed once
  std::string src;
  for (int i = 0; i < 30; ++i) src += "<<A + \"#{\n";
  src += "x\nA\n";
  auto t0 = std::chrono::steady_clock::now();
  parse(src, {});
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
}

TEST(Parser, EveryNodeKindHasADumpName) {
  for (int k = 0; k < kNodeKindCount; ++k) {
    const char* name = node_kind_name(static_cast<NodeKind>(k));
    ASSERT_NE(name, nullptr);
    EXPECT_GT(std::string(name).size(), 0u);
  }
}

}  // namespace
}  // namespace maglev::vm::parse
