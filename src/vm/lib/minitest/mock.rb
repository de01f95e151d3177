# minitest/mock: Minitest::Mock (expect calls with arguments or a block, verify them)
# and Object#stub (replace a method for the duration of a block).
class MockExpectationError < StandardError; end

module Minitest
  class Mock
    alias __respond_to? respond_to?

    OVERRIDDEN = %w[=== class inspect instance_eval instance_variables object_id
                    public_send respond_to_missing? send to_s]

    instance_methods.each do |m|
      undef_method m unless OVERRIDDEN.include?(m.to_s) || m =~ /^__/
    end

    # These keep their usual meaning unless a call to them is expected.
    OVERRIDDEN.each do |meth|
      method_id = meth.to_sym
      define_method(method_id) do |*args, &b|
        if @expected_calls.key?(method_id)
          method_missing(method_id, *args, &b)
        else
          super(*args, &b)
        end
      end
    end

    def initialize(delegator = nil)
      @delegator = delegator
      @expected_calls = Hash.new { |calls, name| calls[name] = [] }
      @actual_calls = Hash.new { |calls, name| calls[name] = [] }
    end

    def expect(name, retval, args = [], &blk)
      name = name.to_sym
      if blk
        raise ArgumentError, "args ignored when block given" unless args.empty?
        @expected_calls[name] << { retval: retval, block: blk }
      else
        raise ArgumentError, "args must be an array" unless Array === args
        @expected_calls[name] << { retval: retval, args: args }
      end
      self
    end

    def __call(name, data)
      return data.map { |d| __call(name, d) }.join(", ") unless Hash === data
      "#{name}(#{data[:args].inspect[1..-2]}) => #{data[:retval].inspect}"
    end

    def verify
      @expected_calls.each do |name, expected|
        actual = @actual_calls.fetch(name, nil)
        raise MockExpectationError, "expected #{__call name, expected[0]}" unless actual
        if actual.size < expected.size
          raise MockExpectationError,
                "expected #{__call name, expected[actual.size]}, got [#{__call name, actual}]"
        end
      end
      true
    end

    def method_missing(sym, *args, &block)
      unless @expected_calls.key?(sym)
        return @delegator.public_send(sym, *args, &block) if @delegator && @delegator.respond_to?(sym)
        raise NoMethodError, "unmocked method %p, expected one of %p" %
                             [sym, @expected_calls.keys.sort_by(&:to_s)]
      end
      expected_call = @expected_calls[sym][@actual_calls[sym].length]
      raise MockExpectationError, "No more expects available for %p: %p" % [sym, args] unless expected_call
      expected_args, retval, check = expected_call.values_at(:args, :retval, :block)
      if check
        @actual_calls[sym] << expected_call
        raise MockExpectationError, "mocked method %p failed block w/ %p" % [sym, args] unless check.call(*args, &block)
        return retval
      end
      if expected_args.size != args.size
        raise ArgumentError, "mocked method %p expects %d arguments, got %d" %
                             [sym, expected_args.size, args.size]
      end
      pairs = expected_args.zip(args)
      unless pairs.all? { |want, got| want === got || want == got }
        raise MockExpectationError, "mocked method %p called with unexpected arguments %p" % [sym, args]
      end
      @actual_calls[sym] << { retval: retval, args: pairs.map { |want, got| want === got ? want : got } }
      retval
    end

    # The body of a stub, made in a method called without a block (in maglev a
    # define_method body's &blk falls back to the block of the method it was written in).
    def self.stub_body(val_or_callable, block_args)
      proc do |*args, &blk|
        if val_or_callable.respond_to?(:call)
          val_or_callable.call(*args, &blk)
        else
          blk.call(*block_args) if blk
          val_or_callable
        end
      end
    end

    def respond_to?(sym, include_private = false)
      return true if @expected_calls.key?(sym.to_sym)
      return true if @delegator && @delegator.respond_to?(sym, include_private)
      __respond_to?(sym, include_private)
    end
  end
end

module Minitest
  module Assertions
    def assert_mock(mock)
      assert mock.verify
    end
  end
end

class Object
  # Replaces method +name+ on this object while the block runs: with the result of
  # calling +val_or_callable+ if it responds to call, otherwise with that value.
  def stub(name, val_or_callable, *block_args)
    new_name = "__minitest_stub__#{name}"
    metaclass = singleton_class
    if respond_to?(name) && !methods.map(&:to_s).include?(name.to_s)
      metaclass.send(:define_method, name) { |*args| super(*args) }
    end
    metaclass.send(:alias_method, new_name, name)
    metaclass.send(:define_method, name, Minitest::Mock.stub_body(val_or_callable, block_args))
    metaclass.send(:ruby2_keywords, name) if metaclass.respond_to?(:ruby2_keywords, true)
    yield self
  ensure
    metaclass.send(:undef_method, name)
    metaclass.send(:alias_method, name, new_name)
    metaclass.send(:undef_method, new_name)
  end
end
