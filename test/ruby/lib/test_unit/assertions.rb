# test-unit assertions: the failure message of each assert_* (and what passing ones
# return), called inside a test run by the console runner (timings masked).
require "test/unit"
require "test/unit/ui/console/testrunner"
require "stringio"

class TestMessages < Test::Unit::TestCase
  def check(label)
    r = yield
    puts "#{label}: passed #{r.inspect}"
  rescue Test::Unit::AssertionFailedError => e
    puts "#{label}: #{e.message.gsub(/id <\d+>/, "id <N>").inspect}"
  end

  def test_messages
    check("assert") { assert(nil) }
    check("assert msg") { assert(false, "hey") }
    check("assert_block") { assert_block { false } }
    check("assert_true") { assert_true(1) }
    check("assert_false") { assert_false(nil) }
    check("assert_boolean") { assert_boolean(1) }
    check("equal") { assert_equal(1, 2) }
    check("equal msg") { assert_equal(1, 2, "m") }
    check("equal str") { assert_equal("a", "b") }
    check("equal nil") { assert_equal(nil, 1) }
    check("equal sym") { assert_equal(:a, "a") }
    check("equal float") { assert_equal(1.5, 2) }
    check("equal hash") { assert_equal({ b: 1, a: 2 }, { a: 1 }) }
    check("not_equal") { assert_not_equal(1, 1) }
    check("nil") { assert_nil(1) }
    check("not_nil") { assert_not_nil(nil) }
    check("not_nil msg") { assert_not_nil(nil, "custom") }
    check("kind_of") { assert_kind_of(String, 1) }
    check("instance_of") { assert_instance_of(String, 1) }
    check("respond_to") { assert_respond_to(1, :foo) }
    check("match") { assert_match(/x/, "abc") }
    check("match str") { assert_match("a.c", "abc") }
    check("no_match") { assert_no_match(/a/, "abc") }
    check("not_match") { assert_not_match(/a/, "abc") }
    check("same") { assert_same("a", "b") }
    check("not_same") { assert_not_same(:a, :a) }
    check("operator") { assert_operator(1, :>, 2) }
    check("raise none") { assert_raise(ArgumentError) { 1 } }
    check("raise ok") { assert_raise(ArgumentError) { raise ArgumentError, "x" }.message }
    check("raise msg") { assert_raise_message("x") { raise "y" } }
    check("in_delta") { assert_in_delta(1.0, 2.0, 0.5) }
    check("in_delta low") { assert_in_delta(5.0, 2.0, 0.5) }
    check("in_delta ok") { assert_in_delta(1.0, 1.2, 0.5) }
    check("in_epsilon") { assert_in_epsilon(100, 120, 0.1) }
    check("includes") { assert_include([1], 2) }
    check("not_include") { assert_not_include([1], 1) }
    check("empty") { assert_empty([1]) }
    check("not_empty") { assert_not_empty([]) }
    check("predicate") { assert_predicate(1, :zero?) }
    check("not_predicate") { assert_not_predicate(0, :zero?) }
    check("compare") { assert_compare(1, ">", 2) }
    check("compare ok") { assert_compare(1, "<=", 2) }
    check("throw") { assert_throw(:a) { 1 } }
    check("throw ok") { assert_throw(:a) { throw :a, 5 } }
    check("flunk") { flunk }
    check("flunk msg") { flunk("fl") }
    check("path") { assert_path_exist("/nope") }
    check("not_path") { assert_path_not_exist("/") }
    check("send") { assert_send([1, :zero?]) }
    check("refute") { refute(1) }
    check("refute_equal") { refute_equal(1, 1) }
    check("const") { assert_const_defined(Object, :Nope) }
    check("all") { assert_all?([1, 2]) { |x| x > 1 } }
    check("diff array") { assert_equal([1, 2], [1, 3]) }
    check("diff long array") { assert_equal([1] * 30, [1] * 29 + [2]) }
    check("diff lines") { assert_equal("one\ntwo\nthree\n", "one\n2\nthree\nfour\n") }
    check("diff similar lines") { assert_equal("the cat sat\non the mat", "the cat sat\non the hat") }
    check("diff hash") { assert_equal({ name: "widget", size: 3, tags: %w[a b] }, { name: "widget", size: 4, tags: %w[a c] }) }
    check("diff long line") { assert_equal("x" * 90, "x" * 89 + "y") }
    check("diff tabs") { assert_equal("\tindented line here", "\tindented lines here") }
    check("diff no common") { assert_equal("abc\ndef", "xyz\nuvw") }
  end
end

Test::Unit::AutoRunner.need_auto_run = false
out = StringIO.new
result = Test::Unit::UI::Console::TestRunner.run(TestMessages, output: out)
puts out.string.sub(/^Finished in .* seconds\.$/, "Finished in T seconds.")
             .sub(/^[\d.]+ tests\/s, [\d.]+ assertions\/s$/, "N tests/s, N assertions/s")
p result.passed?
