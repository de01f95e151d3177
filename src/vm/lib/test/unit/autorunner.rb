# test/unit/autorunner: collects every TestCase subclass into one suite named after the
# script and runs it with the console runner; returns whether everything passed.
require "test/unit/testcase"
require "test/unit/ui/console/testrunner"

module Test
  module Unit
    class AutoRunner
      @need_auto_run = true

      class << self
        # Whether the tests still run at exit (false once they ran, or when set so).
        attr_writer :need_auto_run

        def need_auto_run?
          @need_auto_run
        end
      end

      def self.run(_force_standalone = false, _default_dir = nil, argv = ARGV)
        self.need_auto_run = false
        options = {}
        args = argv.dup
        until args.empty?
          arg = args.shift
          case arg
          when /\A(?:-n|--name)(?:=(.+))?\z/ then (options[:names] ||= []) << ($1 || args.shift)
          when /\A(?:-t|--testcase)(?:=(.+))?\z/ then (options[:testcases] ||= []) << ($1 || args.shift)
          when /\A(?:-v|--verbose)(?:=(.+))?\z/ then options[:output_level] = UI::Console::OutputLevel::VERBOSE
          end
        end
        suite = Collector.collect($0.sub(/\.rb\Z/, ""), options)
        result = UI::Console::TestRunner.run(suite, options)
        result.passed?
      end
    end

    # Builds the suite tree: a test case's subclasses are suites inside its suite,
    # each level sorted by name.
    module Collector
      def self.collect(name, options = {})
        suite = TestSuite.new(name)
        cases = TestCase::DESCENDANTS
        if options[:testcases]
          cases = cases.select { |c| options[:testcases].any? { |t| name_match?(t, c.name) } }
        end
        children = cases.group_by { |c| c.superclass }
        roots = children.keys - cases
        roots.each { |root| add_children(suite, root, children, options) }
        suite
      end

      def self.name_match?(pattern, name)
        pattern =~ %r{\A/(.*)/\z} ? Regexp.new($1) =~ name : pattern == name
      end

      def self.add_children(suite, parent, children, options)
        subs = (children[parent] || []).map do |child|
          sub = child.suite
          if options[:names]
            sub.tests.select! do |t|
              options[:names].any? { |n| name_match?(n, t.method_name) || name_match?(n, t.name) }
            end
          end
          add_children(sub, child, children, options)
          sub
        end
        subs.reject(&:empty?).sort_by { |s| s.name.to_s }.each { |s| suite << s }
      end
    end
  end
end
