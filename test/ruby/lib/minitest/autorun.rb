# minitest/autorun: a suite with passes, failures, errors and skips in classes and specs;
# the runner's output in the seed's order and the exit status (1: failures).
require "minitest/autorun"

ARGV.replace(%w[--seed 4242])
# the timing line is the one thing that differs between runs
Minitest::SummaryReporter.prepend(Module.new { def statistics = "Finished in (time)" })

class TestArith < Minitest::Test
  def setup
    @n = 6
  end

  def teardown
    @n = nil
  end

  def test_add
    assert_equal 8, @n + 2
  end

  def test_wrong_sum
    assert_equal 13, @n + 6
  end

  def test_long_strings
    assert_equal "the quick brown fox jumps over the lazy dog",
                 "the quick brown fox jumped over the lazy dog"
  end

  def test_multiline
    assert_equal "one\ntwo\nthree\n", "one\n2\nthree\n"
  end

  def test_error
    Integer("nope")
  end

  def test_skip
    skip "not today"
  end

  def test_custom_message
    assert_operator @n, :>, 10, "n is too small"
  end

  def test_nothing_raised
    assert_raises(KeyError) { {}.fetch(:a, 1) }
  end
end

class TestMocks < Minitest::Test
  def test_mock_verified
    m = Minitest::Mock.new
    m.expect(:area, 12, [3, 4])
    assert_equal 12, m.area(3, 4)
    assert_mock m
  end

  def test_mock_unmet
    m = Minitest::Mock.new
    m.expect(:area, 12, [3, 4])
    m.verify
  end

  def test_mock_bad_args
    m = Minitest::Mock.new
    m.expect(:area, 12, [Integer, Integer])
    m.area(3, "4")
  end

  def test_stub
    Time.stub(:now, :frozen) { assert_equal :frozen, Time.now }
    assert_kind_of Time, Time.now
  end

  def test_stub_callable
    "abc".stub(:size, ->(*a) { 99 }) { |s| assert_equal 99, s.size }
  end
end

describe "Stack" do
  let(:stack) { [1, 2, 3] }
  subject { stack.dup }

  before { @top = stack.last }

  it "has a top" do
    _(@top).must_equal 3
    _(subject.pop).must_equal 3
  end

  it "includes" do
    _(stack).must_include 4
  end

  it "raises" do
    _ { stack.fetch(10) }.must_raise IndexError
    expect { [].fetch(1) }.must_raise ArgumentError
  end

  describe "when empty" do
    let(:stack) { [] }

    it "is empty" do
      _(stack).must_be_empty
      value(stack.size).must_be :<, 1
      _(nil).wont_be_nil
    end
  end

  it "is pending"
end
