# minitest/test: Minitest::Test, a class of test_* methods each run on a fresh instance
# (setup, the test, teardown; failures and errors collected, not raised), in random order.
require "minitest" unless defined?(Minitest::Runnable)
require "minitest/assertions"

module Minitest
  class Test < Runnable
    include Assertions
    include Reportable

    PASSTHROUGH_EXCEPTIONS = [NoMemoryError, SignalException, SystemExit]
    TEARDOWN_METHODS = %w[before_teardown teardown after_teardown]

    class << self
      attr_accessor :io_lock
    end
    self.io_lock = Mutex.new

    def self.i_suck_and_my_tests_are_order_dependent!
      define_singleton_method(:test_order) { :alpha }
    end

    def self.make_my_diffs_pretty!
      require "pp"
      define_method(:mu_pp, &:pretty_inspect)
    end

    # Parallel tests run after the others (one at a time: maglev runs one thread).
    def self.parallelize_me!
      define_singleton_method(:test_order) { :parallel }
    end

    def self.runnable_methods
      methods = methods_matching(/^test_/)
      case test_order
      when :random, :parallel
        count = methods.size
        methods.sort.sort_by { rand count }
      when :alpha, :sorted
        methods.sort
      else
        raise "Unknown test_order: #{test_order.inspect}"
      end
    end

    def self.test_order
      :random
    end

    def class_name
      self.class.name
    end

    def run
      time_it do
        capture_exceptions do
          before_setup
          setup
          after_setup
          send(name)
        end
        TEARDOWN_METHODS.each { |hook| capture_exceptions { send(hook) } }
      end
      Result.from(self)
    end

    module LifecycleHooks
      def before_setup; end
      def setup; end
      def after_setup; end
      def before_teardown; end
      def teardown; end
      def after_teardown; end
    end

    def capture_exceptions
      yield
    rescue *PASSTHROUGH_EXCEPTIONS
      raise
    rescue Assertion => e
      failures << e
    rescue Exception => e
      failures << UnexpectedError.new(sanitize_exception(e))
    end

    # An exception Marshal cannot dump is reported as a RuntimeError naming it.
    def sanitize_exception(e)
      Marshal.dump(e)
      e
    rescue TypeError
      wrapped = RuntimeError.new("Wrapped undumpable exception for: #{e.class}: #{e.message}")
      wrapped.set_backtrace(e.backtrace)
      wrapped
    end

    include LifecycleHooks
    include Guard
    extend Guard
  end
end

require "minitest/unit" unless defined?(MiniTest)
