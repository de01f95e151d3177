# minitest runner options: -v (names and times), -n and -e filters, --seed order,
# the skip listing with -v, -S to hide codes; output captured from Minitest.run.
require "minitest"

class TestAlpha < Minitest::Test
  def test_one; assert true; end
  def test_two; assert_equal 2, 1 + 1; end
  def test_three; skip "skipped three"; end
  def test_four; flunk "four failed"; end
  def test_five; raise "five broke"; end
end

class TestBeta < Minitest::Test
  i_suck_and_my_tests_are_order_dependent!
  def test_b; assert true; end
  def test_a; assert true; end
  def test_c; assert true; end
end

def run_with(*args)
  puts "== #{args.join(" ")}"
  out = StringIO.new
  saved = $stdout
  $stdout = out
  ok = Minitest.run(args)
  $stdout = saved
  puts "passed: #{ok.inspect}"
  puts out.string.gsub(/Finished in .*/, "Finished in T").gsub(/\d+\.\d\d s = /, "T s = ")
end

run_with("--seed", "1")
run_with("--seed", "2", "-v")
run_with("-s", "3", "-n", "/t[wh]/")
run_with("--seed=4", "--name", "test_b")
run_with("--seed", "5", "-e", "/TestAlpha/")
run_with("--seed", "6", "-S", "EF")
run_with("--seed", "7", "-n", "TestAlpha#test_one")
