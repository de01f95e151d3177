# minitest/expectations: the must_*/wont_* methods of Minitest::Expectation
# (_(value).must_equal x), each the flip of an assertion, and their deprecated global
# forms on every object (Minitest::Expectations, included in Object).
module Minitest
  Expectation = Struct.new(:target, :ctx)

  module Expectations
    # [assertion, expectation, how the target is passed]: :unary and :reverse pass it
    # first, :block passes it as the block, otherwise it is the actual (second) value.
    TABLE = [
      [:assert_empty, :must_be_empty, :unary],
      [:assert_equal, :must_equal, nil],
      [:assert_in_delta, :must_be_close_to, nil],
      [:assert_in_delta, :must_be_within_delta, nil],
      [:assert_in_epsilon, :must_be_within_epsilon, nil],
      [:assert_includes, :must_include, :reverse],
      [:assert_instance_of, :must_be_instance_of, nil],
      [:assert_kind_of, :must_be_kind_of, nil],
      [:assert_match, :must_match, nil],
      [:assert_nil, :must_be_nil, :unary],
      [:assert_operator, :must_be, :reverse],
      [:assert_output, :must_output, :block],
      [:assert_raises, :must_raise, :block],
      [:assert_respond_to, :must_respond_to, :reverse],
      [:assert_same, :must_be_same_as, nil],
      [:assert_silent, :must_be_silent, :block],
      [:assert_throws, :must_throw, :block],
      [:assert_path_exists, :path_must_exist, :unary],
      [:refute_path_exists, :path_wont_exist, :unary],
      [:refute_empty, :wont_be_empty, :unary],
      [:refute_equal, :wont_equal, nil],
      [:refute_in_delta, :wont_be_close_to, nil],
      [:refute_in_delta, :wont_be_within_delta, nil],
      [:refute_in_epsilon, :wont_be_within_epsilon, nil],
      [:refute_includes, :wont_include, :reverse],
      [:refute_instance_of, :wont_be_instance_of, nil],
      [:refute_kind_of, :wont_be_kind_of, nil],
      [:refute_match, :wont_match, nil],
      [:refute_nil, :wont_be_nil, :unary],
      [:refute_operator, :wont_be, :reverse],
      [:refute_respond_to, :wont_respond_to, :reverse],
      [:refute_same, :wont_be_same_as, nil],
    ]

    TABLE.each do |assertion, name, how|
      call =
        case how
        when :unary, :reverse then "ctx.#{assertion}(target, *args)"
        when :block
          "Proc === target ? ctx.#{assertion}(*args, &target) : " \
          "ctx.#{assertion}(args.first, target, *args[1..-1])"
        else "ctx.#{assertion}(args.first, target, *args[1..-1])"
        end
      Expectation.class_eval <<-RUBY, __FILE__, __LINE__ + 1
        def #{name}(*args)
          raise "Calling ##{name} outside of test." unless ctx
          #{call}
        end
      RUBY
      target = how == :block ? "_{obj.method}" : "_(obj)"
      class_eval <<-RUBY, __FILE__, __LINE__ + 1
        def #{name}(*args)
          where = Minitest.filter_backtrace(caller).first.split(/:in /, 2).first
          Kernel.warn "DEPRECATED: global use of #{name} from \#{where}. Use #{target}.#{name} instead. This will fail in Minitest 6."
          Minitest::Expectation.new(self, Minitest::Spec.current).#{name}(*args)
        end
      RUBY
    end
  end
end
