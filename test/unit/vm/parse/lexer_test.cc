// Lexer tests: token kinds for the context-dependent corners of Ruby's lexical
// grammar (spacing around operators, labels, heredocs, %-literals, numbers).
#include <gtest/gtest.h>

#include <string>

#include "vm/parse/lexer.h"

namespace maglev::vm::parse {
namespace {

const char* const kNames[] = {
#define X(kind, display) #kind,
#include "vm/parse/token.def"
#include "vm/parse/keyword.def"
#undef X
};

bool no_locals(void*, std::string_view) { return false; }
bool x_is_local(void*, std::string_view name) { return name == "x"; }

// Kinds of all tokens, space-separated; literal text in parentheses where useful.
std::string lex_all(const std::string& src, bool (*is_local)(void*, std::string_view) = no_locals) {
  Lexer lex(src, 1, is_local, nullptr);
  std::string out;
  for (int guard = 0; guard < 1000; ++guard) {
    Token t = lex.next();
    if (!out.empty()) out += ' ';
    out += kNames[static_cast<int>(t.kind)];
    if (t.kind == Tok::kINTEGER || t.kind == Tok::kSTRING_CONTENT || t.kind == Tok::kIDENT ||
        t.kind == Tok::kLABEL || t.kind == Tok::kOP_ASGN || t.kind == Tok::kCHAR)
      out += "(" + t.text + ")";
    if (t.kind == Tok::kEOF) break;
  }
  return out;
}

TEST(Lexer, MinusAfterMethodNameIsAnArgument) {
  EXPECT_EQ(lex_all("foo -1"), "IDENT(foo) UMINUS_NUM INTEGER(1) EOF");
  EXPECT_EQ(lex_all("foo - 1"), "IDENT(foo) MINUS INTEGER(1) EOF");
  EXPECT_EQ(lex_all("foo-1"), "IDENT(foo) MINUS INTEGER(1) EOF");
}

TEST(Lexer, MinusAfterLocalIsBinary) {
  EXPECT_EQ(lex_all("x -1", x_is_local), "IDENT(x) MINUS INTEGER(1) EOF");
  EXPECT_EQ(lex_all("x [1]", x_is_local), "IDENT(x) LBRACK_INDEX INTEGER(1) RBRACK EOF");
  EXPECT_EQ(lex_all("foo [1]"), "IDENT(foo) LBRACK INTEGER(1) RBRACK EOF");
  EXPECT_EQ(lex_all("foo[1]"), "IDENT(foo) LBRACK_INDEX INTEGER(1) RBRACK EOF");
}

TEST(Lexer, SplatBlockPassAndDoubleSplat) {
  EXPECT_EQ(lex_all("f *a"), "IDENT(f) SPLAT IDENT(a) EOF");
  EXPECT_EQ(lex_all("f * a"), "IDENT(f) STAR IDENT(a) EOF");
  EXPECT_EQ(lex_all("f &b"), "IDENT(f) BLOCK_AMPER IDENT(b) EOF");
  EXPECT_EQ(lex_all("f **h"), "IDENT(f) DSPLAT IDENT(h) EOF");
  EXPECT_EQ(lex_all("2**3"), "INTEGER(2) POW INTEGER(3) EOF");
}

TEST(Lexer, ParenthesesAfterNames) {
  EXPECT_EQ(lex_all("f(1)"), "IDENT(f) LPAREN_CALL INTEGER(1) RPAREN EOF");
  EXPECT_EQ(lex_all("f (1)"), "IDENT(f) LPAREN_ARG INTEGER(1) RPAREN EOF");
  EXPECT_EQ(lex_all("(1)"), "LPAREN INTEGER(1) RPAREN EOF");
}

TEST(Lexer, RegexpOrDivide) {
  EXPECT_EQ(lex_all("a / b"), "IDENT(a) DIVIDE IDENT(b) EOF");
  EXPECT_EQ(lex_all("f /b/"), "IDENT(f) REGEXP_BEG STRING_CONTENT(b) STRING_END EOF");
  EXPECT_EQ(lex_all("x /b/", x_is_local), "IDENT(x) DIVIDE IDENT(b) DIVIDE EOF");
}

TEST(Lexer, Labels) {
  EXPECT_EQ(lex_all("f a: 1"), "IDENT(f) LABEL(a) INTEGER(1) EOF");
  EXPECT_EQ(lex_all("{a: 1}"), "LBRACE LABEL(a) INTEGER(1) RBRACE EOF");
  EXPECT_EQ(lex_all("A::B"), "CONST COLON2 CONST EOF");
  EXPECT_EQ(lex_all("{\"a\": 1}"), "LBRACE STRING_BEG STRING_CONTENT(a) LABEL_END INTEGER(1) RBRACE EOF");
}

TEST(Lexer, TernaryAndCharLiterals) {
  EXPECT_EQ(lex_all("?a"), "CHAR(a) EOF");
  EXPECT_EQ(lex_all("x ? 1 : 2", x_is_local), "IDENT(x) QUESTION INTEGER(1) COLON INTEGER(2) EOF");
  EXPECT_EQ(lex_all(":a"), "SYMBEG IDENT(a) EOF");
}

TEST(Lexer, OperatorAssignment) {
  EXPECT_EQ(lex_all("a += 1"), "IDENT(a) OP_ASGN(+) INTEGER(1) EOF");
  EXPECT_EQ(lex_all("a ||= 1"), "IDENT(a) OP_ASGN(||) INTEGER(1) EOF");
  EXPECT_EQ(lex_all("a <<= 1"), "IDENT(a) OP_ASGN(<<) INTEGER(1) EOF");
  EXPECT_EQ(lex_all("a **= 1"), "IDENT(a) OP_ASGN(**) INTEGER(1) EOF");
}

TEST(Lexer, Modifiers) {
  EXPECT_EQ(lex_all("a if b"), "IDENT(a) KW_IF_MOD IDENT(b) EOF");
  EXPECT_EQ(lex_all("if b"), "KW_IF IDENT(b) EOF");
  EXPECT_EQ(lex_all("a rescue b"), "IDENT(a) KW_RESCUE_MOD IDENT(b) EOF");
  EXPECT_EQ(lex_all("a.if"), "IDENT(a) DOT IDENT(if) EOF");
}

TEST(Lexer, NewlinesAndContinuations) {
  EXPECT_EQ(lex_all("a\nb"), "IDENT(a) NEWLINE IDENT(b) EOF");
  EXPECT_EQ(lex_all("a +\nb"), "IDENT(a) PLUS IDENT(b) EOF");
  EXPECT_EQ(lex_all("a \\\n+ b"), "IDENT(a) PLUS IDENT(b) EOF");
  EXPECT_EQ(lex_all("a\n  .b"), "IDENT(a) DOT IDENT(b) EOF");
  EXPECT_EQ(lex_all("a\n  # c\n  &.b"), "IDENT(a) ANDDOT IDENT(b) EOF");
  EXPECT_EQ(lex_all("a # c\nb"), "IDENT(a) NEWLINE IDENT(b) EOF");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(lex_all("1_000"), "INTEGER(1000) EOF");
  EXPECT_EQ(lex_all("0x1_f"), "INTEGER(31) EOF");   // (0x_ff: CRuby's "without digits")
  EXPECT_EQ(lex_all("1.5"), "FLOAT EOF");
  EXPECT_EQ(lex_all("1.e5"), "INTEGER(1) DOT IDENT(e5) EOF");
  EXPECT_EQ(lex_all("3r"), "RATIONAL EOF");
  EXPECT_EQ(lex_all("3i"), "IMAGINARY EOF");
  EXPECT_EQ(lex_all("1.abs"), "INTEGER(1) DOT IDENT(abs) EOF");
}

TEST(Lexer, BigIntegerKeepsDigits) {
  Lexer lex("0x10000000000000000", 1, no_locals, nullptr);
  Token t = lex.next();
  EXPECT_EQ(t.kind, Tok::kINTEGER);
  EXPECT_EQ(t.flags & 1, 1u);
  EXPECT_EQ(t.text, "18446744073709551616");
}

TEST(Lexer, StringsWithInterpolation) {
  EXPECT_EQ(lex_all("\"a#{b}c\""),
            "STRING_BEG STRING_CONTENT(a) STRING_DBEG IDENT(b) EMBEXPR_END STRING_CONTENT(c) "
            "STRING_END EOF");
  EXPECT_EQ(lex_all("\"#{ {a: 1} }\""),
            "STRING_BEG STRING_DBEG LBRACE LABEL(a) INTEGER(1) RBRACE EMBEXPR_END STRING_END EOF");
  EXPECT_EQ(lex_all("'#{a}'"), "STRING_BEG STRING_CONTENT(#{a}) STRING_END EOF");
  EXPECT_EQ(lex_all("\"#@a\""), "STRING_BEG STRING_DVAR IVAR STRING_END EOF");
}

TEST(Lexer, PercentLiterals) {
  EXPECT_EQ(lex_all("%w(a b)"),
            "WORDS_BEG STRING_CONTENT(a) WORD_SEP STRING_CONTENT(b) STRING_END EOF");
  EXPECT_EQ(lex_all("%q{a{b}c}"), "STRING_BEG STRING_CONTENT(a{b}c) STRING_END EOF");
  EXPECT_EQ(lex_all("%i[x]"), "SYMBOLS_BEG STRING_CONTENT(x) STRING_END EOF");
  EXPECT_EQ(lex_all("a % b"), "IDENT(a) PERCENT IDENT(b) EOF");
}

TEST(Lexer, HeredocResumesOpenerLine) {
  EXPECT_EQ(lex_all("f(<<A, 1)\nbody\nA\nx"),
            "IDENT(f) LPAREN_CALL STRING_BEG STRING_CONTENT(body\n) STRING_END COMMA INTEGER(1) "
            "RPAREN NEWLINE IDENT(x) EOF");
  EXPECT_EQ(lex_all("<<A + <<B\na\nA\nb\nB\n"),
            "STRING_BEG STRING_CONTENT(a\n) STRING_END PLUS STRING_BEG STRING_CONTENT(b\n) "
            "STRING_END NEWLINE EOF");
}

TEST(Lexer, DataAfterEnd) {
  Lexer lex("p 1\n__END__\nhello\n", 1, no_locals, nullptr);
  while (lex.next().kind != Tok::kEOF) {
  }
  ASSERT_TRUE(lex.data().has_value());
  EXPECT_EQ(*lex.data(), "hello\n");
}

TEST(Lexer, CommentsAndEmbeddedDocs) {
  EXPECT_EQ(lex_all("=begin\nx\n=end\ny"), "IDENT(y) EOF");
  EXPECT_EQ(lex_all("#!/usr/bin/ruby\nx"), "IDENT(x) EOF");
}

TEST(Lexer, ErrorsThrowWithLine) {
  try {
    lex_all("a\n@1");
    FAIL() << "no error";
  } catch (const ParseAbort& e) {
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.message, "`@1' is not allowed as an instance variable name");
    EXPECT_FALSE(e.incomplete);
  }
  try {
    lex_all("\"abc");
    FAIL() << "no error";
  } catch (const ParseAbort& e) {
    EXPECT_TRUE(e.incomplete);
  }
}

}  // namespace
}  // namespace maglev::vm::parse
