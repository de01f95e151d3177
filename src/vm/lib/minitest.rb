# minitest: the runner of minitest 5.15 (Minitest.run/autorun, Runnable, Result, the
# progress and summary reporters, Assertion/Skip/UnexpectedError, the backtrace filter).
# Assertions are in minitest/assertions.rb, Minitest::Test in minitest/test.rb.
require "stringio"

module Minitest
  VERSION = "5.15.0"
  ENCS = true

  @@installed_at_exit ||= false
  @@after_run = []
  @extensions = []

  class << self
    attr_accessor :backtrace_filter, :reporter, :extensions, :info_signal, :parallel_executor
  end
  self.info_signal = "INFO"

  # Runs every test at exit (once), then the after_run hooks, and exits with the result.
  def self.autorun
    return if @@installed_at_exit
    @@installed_at_exit = true
    at_exit do
      # an exception or a failing exit on the way out wins over the tests
      next if $! && !($!.is_a?(SystemExit) && $!.success?)
      code = nil
      pid = Process.pid
      at_exit do
        next unless Process.pid == pid
        @@after_run.reverse_each(&:call)
        exit(code || false)
      end
      code = Minitest.run(ARGV)
    end
  end

  def self.after_run(&block)
    @@after_run << block
  end

  def self.init_plugins(options)
    extensions.each do |name|
      hook = "plugin_#{name}_init"
      send(hook, options) if respond_to?(hook)
    end
  end

  def self.load_plugins
  end

  def self.run(args = [])
    args.delete("--no-plugins")
    options = process_args(args)
    reporter = CompositeReporter.new
    reporter << SummaryReporter.new(options[:io], options)
    reporter << ProgressReporter.new(options[:io], options)
    self.reporter = reporter
    init_plugins(options)
    self.reporter = nil
    reporter.start
    begin
      __run(reporter, options)
    rescue Interrupt
      warn "Interrupted. Exiting..."
    end
    reporter.report
    reporter.passed?
  end

  # Suites in random order (the seed's), those asking for parallel order last.
  def self.__run(reporter, options)
    suites = Runnable.runnables.reject { |s| s.runnable_methods.empty? }.shuffle
    parallel, serial = suites.partition { |s| s.test_order == :parallel }
    (serial + parallel).map { |suite| suite.run(reporter, options) }
  end

  OPTION_HELP = <<~HELP
    minitest options:
        -h, --help                       Display this help.
            --no-plugins                 Bypass minitest plugin auto-loading (or set $MT_NO_PLUGINS).
        -s, --seed SEED                  Sets random seed. Also via env. Eg: SEED=n rake
        -v, --verbose                    Verbose. Show progress processing files.
        -n, --name PATTERN               Filter run on /regexp/ or string.
        -e, --exclude PATTERN            Exclude /regexp/ or string from run.
        -S, --skip CODES                 Skip reporting of certain types of results (eg E).
  HELP

  def self.process_args(args = [])
    options = { io: $stdout }
    orig_args = args.dup
    rest = []
    until args.empty?
      arg = args.shift
      case arg
      when "-h", "--help"
        print OPTION_HELP
        exit
      when "-v", "--verbose"
        options[:verbose] = true
      when /\A(?:-s|--seed)(?:=?(.+))?\z/
        seed = $1 || option_value(arg, args)
        option_error("invalid argument: #{arg} #{seed}") unless seed =~ /\A[-+]?\d+\z/
        options[:seed] = seed.to_i
      when /\A(?:-n|--name)(?:=?(.+))?\z/
        options[:filter] = $1 || option_value(arg, args)
      when /\A(?:-e|--exclude)(?:=?(.+))?\z/
        options[:exclude] = $1 || option_value(arg, args)
      when /\A(?:-S|--skip)(?:=?(.+))?\z/
        options[:skip] = ($1 || option_value(arg, args)).chars.to_a
      when /\A-./
        option_error("invalid option: #{arg}")
      else
        rest << arg
      end
    end
    args.concat(rest)
    orig_args -= rest
    unless options[:seed]
      srand
      options[:seed] = (ENV["SEED"] || srand).to_i % 0xFFFF
      orig_args << "--seed" << options[:seed].to_s
    end
    srand(options[:seed])
    options[:args] = orig_args.map { |s| s =~ /[\s|&<>$()]/ ? s.inspect : s }.join(" ")
    options
  end

  def self.option_value(arg, args)
    option_error("missing argument: #{arg}") if args.empty?
    args.shift
  end
  private_class_method :option_value

  def self.option_error(message)
    puts
    puts message
    puts
    print OPTION_HELP
    exit 1
  end
  private_class_method :option_error

  def self.filter_backtrace(bt)
    result = backtrace_filter.filter(bt)
    result.empty? ? bt.dup : result
  end

  def self.clock_time
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  # Something that runs: a test class is one, each of its instances runs one method.
  class Runnable
    attr_accessor :assertions, :failures, :time

    @@runnables = []

    def self.runnables
      @@runnables
    end

    def self.reset
      @@runnables = []
    end

    def self.methods_matching(re)
      public_instance_methods(true).grep(re).map(&:to_s)
    end

    def self.runnable_methods
      raise NotImplementedError, "subclass responsibility"
    end

    # A filter or exclusion given as "/re/" is a regexp, otherwise a name to match exactly.
    def self.name_pattern(text)
      text.is_a?(String) && text =~ %r{/(.*)/} ? Regexp.new($1) : text
    end

    def self.run(reporter, options = {})
      filter = name_pattern(options[:filter] || "/./")
      exclude = name_pattern(options[:exclude])
      chosen = runnable_methods.select { |m| filter === m || filter === "#{self}##{m}" }
      chosen.reject! { |m| exclude === m || exclude === "#{self}##{m}" }
      return if chosen.empty?
      chosen.each { |method_name| run_one_method(self, method_name, reporter) }
    end

    def self.run_one_method(klass, method_name, reporter)
      reporter.prerecord(klass, method_name)
      reporter.record(Minitest.run_one_method(klass, method_name))
    end

    def self.on_signal(_name, _action)
      yield
    end

    def self.with_info_handler(_reporter)
      yield
    end

    def initialize(name)
      self.name = name
      self.failures = []
      self.assertions = 0
    end

    def name
      @NAME
    end

    def name=(o)
      @NAME = o
    end

    def failure
      failures.first
    end

    def time_it
      t0 = Minitest.clock_time
      yield
    ensure
      self.time = Minitest.clock_time - t0
    end

    def run
      raise NotImplementedError, "subclass responsibility"
    end
  end

  # What a result knows of its outcome: the code (. F E S), its place, pass/skip/error.
  module Reportable
    def passed?
      !failure
    end

    def location
      where = " [#{failure.location}]" unless passed? || error?
      "#{class_name}##{name}#{where}"
    end

    def result_code
      (failure && failure.result_code) || "."
    end

    def skipped?
      failure && Skip === failure
    end

    def error?
      failures.any? { |f| UnexpectedError === f }
    end
  end

  # The outcome of one test method, detached from the test instance.
  class Result < Runnable
    include Reportable
    attr_accessor :klass, :source_location

    def self.from(runnable)
      r = new(runnable.name)
      r.klass = runnable.class.name
      r.assertions = runnable.assertions
      r.failures = runnable.failures.dup
      r.time = runnable.time
      r.source_location = (runnable.method(runnable.name).source_location rescue ["unknown", -1])
      r
    end

    def class_name
      klass
    end

    def to_s
      return location if passed? && !skipped?
      failures.map { |f| "#{f.result_label}:\n#{location}:\n#{f.message}\n" }.join("\n")
    end
  end

  class AbstractReporter
    def start; end
    def prerecord(klass, name); end
    def record(result); end
    def report; end

    def passed?
      true
    end

    def synchronize
      yield
    end
  end

  class Reporter < AbstractReporter
    attr_accessor :io, :options

    def initialize(io = $stdout, options = {})
      super()
      self.io = io
      self.options = options
    end
  end

  # Prints a result code per test ("." "F" "E" "S"), or name, time and code with -v.
  class ProgressReporter < Reporter
    def prerecord(klass, name)
      return unless options[:verbose]
      io.print "%s#%s = " % [klass.name, name]
      io.flush
    end

    def record(result)
      io.print "%.2f s = " % [result.time] if options[:verbose]
      io.print result.result_code
      io.puts if options[:verbose]
    end
  end

  # Counts runs and assertions and keeps every result that did not simply pass.
  class StatisticsReporter < Reporter
    attr_accessor :assertions, :count, :results, :start_time, :total_time,
                  :failures, :errors, :skips

    def initialize(io = $stdout, options = {})
      super
      self.assertions = 0
      self.count = 0
      self.results = []
    end

    def passed?
      results.all?(&:skipped?)
    end

    def start
      self.start_time = Minitest.clock_time
    end

    def record(result)
      self.count += 1
      self.assertions += result.assertions
      results << result if !result.passed? || result.skipped?
    end

    def report
      by_kind = results.group_by { |r| r.failure.class }
      self.total_time = Minitest.clock_time - start_time
      self.failures = (by_kind[Assertion] || []).size
      self.errors = (by_kind[UnexpectedError] || []).size
      self.skips = (by_kind[Skip] || []).size
    end
  end

  # The header ("Run options", "# Running:"), then timing, failure details and totals.
  class SummaryReporter < StatisticsReporter
    attr_accessor :sync, :old_sync

    def start
      super
      io.puts "Run options: #{options[:args]}"
      io.puts
      io.puts "# Running:"
      io.puts
      self.sync = io.respond_to?(:sync=)
      if sync
        self.old_sync = io.sync
        io.sync = true
      end
    end

    def report
      super
      io.sync = old_sync if sync
      io.puts unless options[:verbose]
      io.puts
      io.puts statistics
      aggregated_results(io)
      io.puts summary
    end

    def statistics
      "Finished in %.6fs, %.4f runs/s, %.4f assertions/s." %
        [total_time, count / total_time, assertions / total_time]
    end

    def aggregated_results(io)
      shown = results.dup
      shown.reject!(&:skipped?) unless options[:verbose]
      hidden_codes = options[:skip] || []
      shown.each_with_index do |result, i|
        next if hidden_codes.include?(result.result_code)
        io.puts "\n%3d) %s" % [i + 1, result]
      end
      io.puts
      io
    end

    def to_s
      aggregated_results(StringIO.new("".b)).string
    end

    def summary
      extra = ""
      if !options[:verbose] && !ENV["MT_NO_SKIP_MSG"] && results.any?(&:skipped?)
        extra = "\n\nYou have skipped tests. Run with --verbose for details."
      end
      "%d runs, %d assertions, %d failures, %d errors, %d skips%s" %
        [count, assertions, failures, errors, skips, extra]
    end
  end

  class CompositeReporter < AbstractReporter
    attr_accessor :reporters

    def initialize(*reporters)
      super()
      self.reporters = reporters
    end

    def io
      reporters.first.io
    end

    def <<(reporter)
      reporters << reporter
    end

    def passed?
      reporters.all?(&:passed?)
    end

    def start
      reporters.each(&:start)
    end

    def prerecord(klass, name)
      reporters.each { |r| r.prerecord(klass, name) if r.respond_to?(:prerecord) }
    end

    def record(result)
      reporters.each { |r| r.record(result) }
    end

    def report
      reporters.each(&:report)
    end
  end

  # A failed assertion; its location is the first frame outside the assertion methods.
  class Assertion < Exception
    def error
      self
    end

    def location
      outside = ""
      backtrace.reverse_each do |frame|
        break if frame =~ /in .(assert|refute|flunk|pass|fail|raise|must|wont)/
        outside = frame
      end
      outside.sub(/:in .*$/, "")
    end

    def result_code
      result_label[0, 1]
    end

    def result_label
      "Failure"
    end
  end

  class Skip < Assertion
    def result_label
      "Skipped"
    end
  end

  # Wraps an exception a test raised: reported as an error with its filtered backtrace.
  class UnexpectedError < Assertion
    attr_accessor :error

    def initialize(error)
      super("Unexpected exception")
      self.error = error
    end

    def backtrace
      error.backtrace
    end

    def message
      bt = Minitest.filter_backtrace(backtrace).join("\n    ")
      "#{error.class}: #{error.message}\n    #{bt}"
    end

    def result_label
      "Error"
    end
  end

  module Guard
    def jruby?(platform = RUBY_PLATFORM)
      platform == "java"
    end

    def maglev?(platform = defined?(RUBY_ENGINE) && RUBY_ENGINE)
      Guard.deprecated("maglev?")
      platform == "maglev"
    end

    def rubinius?(platform = defined?(RUBY_ENGINE) && RUBY_ENGINE)
      Guard.deprecated("rubinius?")
      platform == "rbx"
    end

    def self.deprecated(name)
      where = Minitest.filter_backtrace(caller(2)).first.split(/:in /, 2).first
      warn "DEPRECATED: `#{name}` called from #{where}. This will fail in Minitest 6."
    end

    def mri?(platform = RUBY_DESCRIPTION)
      /^ruby/ =~ platform
    end

    def osx?(platform = RUBY_PLATFORM)
      /darwin/ =~ platform
    end

    def windows?(platform = RUBY_PLATFORM)
      /mswin|mingw/ =~ platform
    end
  end

  # Drops minitest's own frames from a backtrace (all of them with $DEBUG or MT_DEBUG).
  class BacktraceFilter
    MT_RE = %r{lib/minitest}

    def filter(bt)
      return ["No backtrace"] unless bt
      return bt.dup if $DEBUG || ENV["MT_DEBUG"]
      kept = bt.take_while { |line| line !~ MT_RE }
      kept = bt.reject { |line| line =~ MT_RE } if kept.empty?
      kept = bt.dup if kept.empty?
      kept
    end
  end
  self.backtrace_filter = BacktraceFilter.new

  # Every subclass of Runnable defined from here on (not Result) is a suite to run.
  class Runnable
    def self.inherited(klass)
      runnables << klass
      super
    end
  end

  def self.run_one_method(klass, method_name)
    result = klass.new(method_name).run
    raise "#{klass}#run _must_ return a Result" unless Result === result
    result
  end
end

require "minitest/test"
