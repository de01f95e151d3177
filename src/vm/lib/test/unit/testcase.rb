# test/unit/testcase: Test::Unit::TestCase (test_* methods and `test "name" do`, setup/
# teardown/cleanup methods and blocks, startup/shutdown), TestSuite, TestResult and the
# faults a test can end with (Failure, Error, Pending, Omission, Notification).
require "test/unit/assertions"

module Test
  module Unit
    # Frames of test-unit itself, left out of reported backtraces.
    module BacktraceFilter
      INTERNAL = %r{lib/test/unit(?:/|\.rb:)}

      # test-unit's filter: drop the frames outside the test (those beyond the runner)
      # and the runner's own; all of them when nothing else is left.
      def self.filter(backtrace)
        return ["No backtrace"] unless backtrace
        inside = false
        kept = backtrace.reverse.reject do |entry|
          if INTERNAL =~ entry
            inside = true
          else
            !inside
          end
        end.reverse
        if kept.empty?
          kept = backtrace.reject { |entry| INTERNAL =~ entry }
          kept = backtrace if kept.empty?
        end
        kept
      end
    end

    # What a fault knows of its test: the name shown and the test method's name (a
    # Failure also knows where the method is: the runner finds the code to show by it).
    module FaultBase
      attr_reader :test_name, :location, :method_name, :source_location

      def init_fault(test, location)
        @test_name = test.name
        @method_name = test.method_name
        @location = location
      end

      def critical?
        true
      end
    end

    class Failure
      include FaultBase
      attr_reader :message, :user_message, :inspected_expected, :inspected_actual,
                  :expected, :actual

      def initialize(test, error)
        init_fault(test, BacktraceFilter.filter(error.backtrace))
        @source_location = test.source_location
        @message = error.message
        @user_message = error.user_message
        @expected, @actual = error.expected, error.actual
        @inspected_expected, @inspected_actual = error.inspected_expected, error.inspected_actual
      end

      def label
        "Failure"
      end

      def single_character_display
        "F"
      end
    end

    class Error
      include FaultBase
      attr_reader :exception

      def initialize(test, exception)
        init_fault(test, BacktraceFilter.filter(exception.backtrace))
        @exception = exception
      end

      def message
        "#{@exception.class.name}: #{@exception.message}"
      end

      def label
        "Error"
      end

      def single_character_display
        "E"
      end
    end

    # Pending, Omission, Notification: a labelled message at a place.
    class NoteFault
      include FaultBase
      attr_reader :message

      def initialize(test, message, backtrace)
        init_fault(test, BacktraceFilter.filter(backtrace))
        @message = message
      end

      def single_character_display
        label[0]
      end
    end

    class Pending < NoteFault
      def label
        "Pending"
      end
    end

    class Omission < NoteFault
      def label
        "Omission"
      end
    end

    class Notification < NoteFault
      def label
        "Notification"
      end

      def critical?
        false
      end
    end

    class PendedError < StandardError; end
    class OmittedError < StandardError; end

    # Counts of runs, assertions and each kind of fault.
    class TestResult
      attr_reader :run_count, :pass_count, :assertion_count, :faults

      def initialize
        @run_count = @pass_count = @assertion_count = 0
        @faults = []
        @listeners = []
      end

      def on_fault(&block)
        @listeners << block
      end

      def add_run
        @run_count += 1
      end

      def add_pass
        @pass_count += 1
      end

      def add_assertion
        @assertion_count += 1
      end

      def add_fault(fault)
        @faults << fault
        @listeners.each { |l| l.call(fault) }
      end

      def count(klass)
        @faults.count { |f| klass === f }
      end

      def failure_count = count(Failure)
      def error_count = count(Error)
      def pending_count = count(Pending)
      def omission_count = count(Omission)
      def notification_count = count(Notification)

      def passed?
        failure_count.zero? && error_count.zero?
      end

      def pass_percentage
        n = @run_count - omission_count
        n.zero? ? 0 : 100.0 * (@pass_count / n.to_f)
      end

      def summary
        "#{run_count} tests, #{assertion_count} assertions, #{failure_count} failures, " \
          "#{error_count} errors, #{pending_count} pendings, #{omission_count} omissions, " \
          "#{notification_count} notifications"
      end
      alias to_s summary
    end

    # A named list of tests and suites; a test case's suite runs startup/shutdown around.
    class TestSuite
      attr_reader :name, :tests, :test_case

      def initialize(name = "Unnamed TestSuite", test_case = nil)
        @name = name
        @tests = []
        @test_case = test_case
      end

      def <<(test)
        @tests << test
        self
      end

      def empty?
        size.zero?
      end

      def size
        @tests.sum { |t| t.size }
      end

      def to_s
        @name.to_s
      end

      def run(result, runner, &progress)
        runner.suite_started(self)
        begin
          @test_case.startup if @test_case.respond_to?(:startup)
          @tests.each { |t| t.run(result, runner, &progress) }
        ensure
          @test_case.shutdown if @test_case.respond_to?(:shutdown)
        end
        runner.suite_finished(self)
      end
    end

    class TestCase
      include Assertions

      DESCENDANTS = []

      class << self
        def inherited(sub)
          super
          DESCENDANTS << sub
        end

        # test "name" do ... end: the method "test: name".
        def test(*names, &block)
          return super if names.empty? && !block
          name = "test: #{names.join(" ")}"
          define_method(name, &block)
          name
        end

        %w[setup cleanup teardown].each do |kind|
          define_method(kind) do |*method_names, &block|
            hooks = (@fixture_hooks ||= Hash.new { |h, k| h[k] = [] })[kind]
            method_names.each { |m| hooks << m if m.is_a?(Symbol) || m.is_a?(String) }
            hooks << block if block
          end
        end

        # This class's hooks of a kind, superclasses' first.
        def fixture_hooks(kind)
          own = (defined?(@fixture_hooks) && @fixture_hooks) ? @fixture_hooks[kind] : []
          parent = superclass.respond_to?(:fixture_hooks) ? superclass.fixture_hooks(kind) : []
          parent + own
        end

        def test_method_names
          public_instance_methods(false).map(&:to_s).select { |m| m.start_with?("test") }.sort
        end

        def suite
          s = TestSuite.new(name, self)
          test_method_names.each { |m| s << new(m) }
          s
        end

        def description(_text = nil); end
        def sub_test_case(name, &block)
          parent = self
          klass = Class.new(self)
          klass.define_singleton_method(:name) { "#{parent.name}::#{name}" }
          klass.class_eval(&block)
          klass
        end
      end

      attr_reader :method_name

      def initialize(test_method_name)
        @method_name = test_method_name.to_s
        @_result = nil
      end

      def name
        "#{@method_name}(#{self.class.name})"
      end
      alias to_s name

      def local_name
        @method_name
      end

      def size
        1
      end

      def source_location
        method(@method_name).source_location
      end

      def setup; end
      def cleanup; end
      def teardown; end

      def passed?
        @_passed
      end

      def add_assertion
        @_result&.add_assertion
      end

      def current_result
        @_result
      end

      # Runs setup, the test, cleanup (only when it passed) and teardown; faults go to
      # the result as they happen.
      def run(result, runner = nil)
        @_result = result
        @_passed = true
        runner&.test_started(self)
        result.add_run
        if guard { run_hooks("setup", before: true) }
          guard { send(@method_name) }
          guard { run_hooks("cleanup", before: false) } if @_passed
        end
        guard { run_hooks("teardown", before: false) }
        result.add_pass if @_passed
        runner&.test_finished(self)
        result
      ensure
        @_result = nil
      end

      def notify(message, _options = {})
        @_result.add_fault(Notification.new(self, message, caller))
      end

      def pend(message = nil)
        message ||= "pended."
        if block_given?
          begin
            yield
          rescue Exception
            raise PendedError, message, caller
          end
          flunk("Pending block should not be passed: #{message}")
        end
        raise PendedError, message, caller
      end

      def omit(message = nil)
        message ||= "omitted."
        raise OmittedError, message, caller unless block_given?
        @_result.add_fault(Omission.new(self, message, caller))
      end

      def omit_if(condition, *args, &block)
        condition ? omit(*args, &block) : (block ? yield : nil)
      end

      def omit_unless(condition, *args, &block)
        omit_if(!condition, *args, &block)
      end

      def pend_if(condition, *args, &block); pend(*args, &block) if condition; end

      private

      def run_hooks(kind, before:)
        hooks = self.class.fixture_hooks(kind)
        call = lambda { |h| h.is_a?(Proc) ? instance_eval(&h) : send(h) }
        if before
          send(kind)
          hooks.each(&call)
        else
          hooks.reverse_each(&call)
          send(kind)
        end
      end

      # Runs a step; an exception becomes the matching fault. False when it raised.
      def guard
        yield
        true
      rescue AssertionFailedError => e
        fault(Failure.new(self, e))
      rescue PendedError => e
        fault(Pending.new(self, e.message, e.backtrace))
      rescue OmittedError => e
        fault(Omission.new(self, e.message, e.backtrace))
      rescue NoMemoryError, SignalException, SystemExit
        raise
      rescue Exception => e
        fault(Error.new(self, e))
      end

      def fault(f)
        @_passed = false
        @_result.add_fault(f)
        false
      end
    end
  end
end
