// Syntax errors: the message and line of the first error, compared with what
// `ruby -c` (CRuby 3.1) prints for the same file, and the `incomplete` flag irb uses.
// The last cases are the syntax-error programs of test/ruby/language.
#include <gtest/gtest.h>

#include "test/unit/vm/parse/parse_test_util.h"

namespace maglev::vm::parse {
namespace {

struct ErrorCase {
  const char* source;
  const char* expected;   // "line: message" as CRuby 3.1 reports it
};

const ErrorCase kErrors[] = {
    {"1 +\n", "1: syntax error, unexpected end-of-input"},
    {"def foo\n", "1: syntax error, unexpected end-of-input"},
    {"class\n", "1: syntax error, unexpected end-of-input"},
    {"[1, 2\n", "1: syntax error, unexpected end-of-input, expecting ']'"},
    {"{ a: }}\n", "1: syntax error, unexpected '}', expecting end-of-input"},
    {"x = (1\n", "1: syntax error, unexpected end-of-input, expecting ')'"},
    {"end\n", "1: syntax error, unexpected `end'"},
    {"if true then\n", "1: syntax error, unexpected end-of-input"},
    {"\"unterminated\n", "1: unterminated string meets end of file"},
    {"1 = 2\n", "1: syntax error, unexpected '=', expecting end-of-input"},
    {"def f; 1\n", "1: syntax error, unexpected end-of-input, expecting `end'"},
    {"class A\n", "1: syntax error, unexpected end-of-input, expecting `end'"},
    {"while x; 1\n", "1: syntax error, unexpected end-of-input, expecting `end'"},
    {"foo do 1\n", "1: syntax error, unexpected end-of-input, expecting `end'"},
    {"[1 2]\n", "1: syntax error, unexpected integer literal, expecting ']'"},
    {"1 +\nend\n", "2: syntax error, unexpected `end'"},
    {"p(1,\n", "1: syntax error, unexpected end-of-input, expecting ')'"},
    {"{1 =>}\n", "1: syntax error, unexpected '}'"},
    {")\n", "1: syntax error, unexpected ')'"},
    {"]\n", "1: syntax error, unexpected ']'"},
    {"}\n", "1: syntax error, unexpected '}'"},
    {"foo.(\n", "1: syntax error, unexpected end-of-input, expecting ')'"},
    {"case 1; in [a\n", "1: syntax error, unexpected end-of-input, expecting ']'"},
    {"@1\n", "1: `@1' is not allowed as an instance variable name"},
    {"module m; end\n", "1: class/module name must be CONSTANT"},
    {"p '\n", "1: unterminated string meets end of file"},
    {"def f(*a, *b); end\n", "1: syntax error, unexpected *"},
    {"else\n", "1: syntax error, unexpected `else'"},
    {"foo(1 2)\n", "1: syntax error, unexpected integer literal, expecting ')'"},
    {"a ? b\n", "1: syntax error, unexpected end-of-input, expecting ':'"},
    {"def f(&b, c); end\n", "1: syntax error, unexpected ',', expecting ')'"},
    {"p(1;2)\n", "1: syntax error, unexpected ';', expecting ')'"},
    {"break = 1\n", "1: syntax error, unexpected '=', expecting end-of-input"},
    {"self = 1\n", "1: Can't change the value of self"},
    {"nil = 1\n", "1: Can't assign to nil"},
    {"$1 = 2\n", "1: Can't set variable $1"},
    {"x = 1 = 2\n", "1: syntax error, unexpected '=', expecting end-of-input"},
    {"def f; BEGIN{}; end\n", "1: BEGIN is permitted only at toplevel"},
    {"def f; A = 1; end\n", "1: dynamic constant assignment"},
    {"case x; when 1; else; when 2; end\n", "1: syntax error, unexpected `when', expecting `end'"},
    {"foo[1\n", "1: syntax error, unexpected end-of-input, expecting ']'"},
    {"a = *\n", "1: syntax error, unexpected end-of-input"},
    {"0b2\n", "1: numeric literal without digits"},
    {"1__2\n", "1: trailing `_' in number"},
    {"09\n", "1: Invalid octal digit"},
    {"%w(\n", "1: unterminated list meets end of file"},
    {"def f(a, a); end\n", "1: duplicated argument name"},
    {"class foo; end\n", "1: class/module name must be CONSTANT"},
    {"@\n", "1: `@' without identifiers is not allowed as an instance variable name"},
    {"$\n", "1: `$' without identifiers is not allowed as a global variable name"},
    {"1 2\n", "1: syntax error, unexpected integer literal, expecting end-of-input"},
    {"x.\n", "1: syntax error, unexpected end-of-input"},
    {":\n", "1: syntax error, unexpected ':'"},
    {"/abc\n", "1: unterminated regexp meets end of file"},
    {"<<E\nx\n", "1: can't find string \"E\" anywhere before EOF"},
    {"\"#{\n", "1: syntax error, unexpected end-of-input"},
    {"def f\n1\n", "2: syntax error, unexpected end-of-input, expecting `end'"},
    {"begin; rescue\n", "1: syntax error, unexpected end-of-input"},
    {"`abc\n", "1: unterminated string meets end of file"},
    {"%q(\n", "1: unterminated string meets end of file"},
    {"=begin\nx\n", "2: embedded document meets end of file"},
    {"def f(x) = 1\nend\n", "2: syntax error, unexpected `end', expecting end-of-input"},
    {"1 +\n\n", "2: syntax error, unexpected end-of-input"},
    {"a b c d e +\n", "1: syntax error, unexpected end-of-input"},
    {"foo {\n", "1: syntax error, unexpected end-of-input"},
    {"foo {|\n", "1: syntax error, unexpected end-of-input, expecting '|'"},
    {"->(\n", "1: syntax error, unexpected end-of-input, expecting ')'"},
    {"def (\n", "1: syntax error, unexpected end-of-input"},
    {"alias\n", "1: syntax error, unexpected end-of-input"},
    {"undef\n", "1: syntax error, unexpected end-of-input"},
    {"x = [1, 2,\n", "1: syntax error, unexpected end-of-input, expecting ']'"},
    {"{a: 1\n", "1: syntax error, unexpected end-of-input, expecting '}'"},
    {"\"a\" \"b\n", "1: unterminated string meets end of file"},
    {":\"a\n", "1: unterminated string meets end of file"},
    {"?\n", "1: syntax error, unexpected '?'"},
    {"p 1,2 3\n", "1: syntax error, unexpected integer literal, expecting end-of-input"},
    {"puts \"not printed\"\nclass Foo\n  def bar\n  end\nend\nend\n", "6: syntax error, unexpected `end', expecting end-of-input"},
    {"puts \"not printed\"\ndef foo\n  if true\n    1\n  end\n", "5: syntax error, unexpected end-of-input, expecting `end'"},
    {"puts \"never printed: the whole file fails to parse\"\ndef broken(\n  1 +\nend\n", "3: syntax error, unexpected integer literal, expecting ')'"},
    {"puts \"not printed\"\n[1, 2, 3].each do |x|\n  puts x\n", "3: syntax error, unexpected end-of-input, expecting `end'"},
    {"puts \"not printed\"\ns = <<~EOS\n  never closed\n", "2: can't find string \"EOS\" anywhere before EOF"},
    {"puts \"not printed\"\nx = 1 + * 2\n", "2: syntax error, unexpected *"},
    {"puts \"not printed\"\nx = \"unterminated\nputs x\n", "3: unterminated string meets end of file"},
    {"def oops(\n  1 +\n", "2: syntax error, unexpected integer literal, expecting ')'"},
};

class ParserError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParserError, MatchesCRubyMessage) {
  const ErrorCase& c = GetParam();
  bool incomplete = false;
  std::string got = first_error(c.source, &incomplete);
  EXPECT_EQ(got, c.expected) << "source: " << c.source;
  std::string e = c.expected;
  bool at_eof = e.find("unexpected end-of-input") != std::string::npos ||
                e.find("meets end of file") != std::string::npos ||
                e.find("before EOF") != std::string::npos;
  EXPECT_EQ(incomplete, at_eof) << "source: " << c.source;
}

INSTANTIATE_TEST_SUITE_P(CRuby31, ParserError, ::testing::ValuesIn(kErrors));

}  // namespace
}  // namespace maglev::vm::parse
