# minitest/assertions: Minitest::Assertions, the assert_*/refute_* family of minitest 5.15
# with its failure messages (diffs through `diff -u` for long or multi-line values),
# capture_io, skip and flunk. Every assertion ends in #assert, which counts it.
require "tempfile"
require "stringio"

module Minitest
  module Assertions
    UNDEFINED = Object.new
    def UNDEFINED.inspect
      "UNDEFINED"
    end

    E = ""

    # The diff command (nil when none is installed).
    def self.diff
      return @diff if defined?(@diff)
      @diff = if system("gdiff", __FILE__, __FILE__, out: File::NULL, err: File::NULL)
                "gdiff -u"
              elsif system("diff", __FILE__, __FILE__, out: File::NULL, err: File::NULL)
                "diff -u"
              end
    end

    def self.diff=(command)
      @diff = command
    end

    def diff(exp, act)
      expect, butwas = things_to_diff(exp, act)
      return "Expected: #{mu_pp exp}\n  Actual: #{mu_pp act}" unless expect
      result = nil
      Tempfile.open("expect") do |a|
        a.puts expect
        a.flush
        Tempfile.open("butwas") do |b|
          b.puts butwas
          b.flush
          result = `#{Minitest::Assertions.diff} #{a.path} #{b.path}`
          result.sub!(/^\-\-\- .+/, "--- expected")
          result.sub!(/^\+\+\+ .+/, "+++ actual")
          if result.empty?
            result = "No visible difference in the #{exp.class}#inspect output.\n" \
                     "You should look at the implementation of #== on #{exp.class} or its members.\n" +
                     expect
          end
        end
      end
      result
    end

    # [expected, actual] texts worth a diff (multi-line, long, or equal inspections), or nil.
    def things_to_diff(exp, act)
      expect = mu_pp_for_diff(exp)
      butwas = mu_pp_for_diff(act)
      multi = lambda { |s| s.include?("\n") ^ s.include?("\\n") }
      worth = multi.call(expect) || multi.call(butwas) || expect.size > 30 ||
              butwas.size > 30 || expect == butwas
      worth && Minitest::Assertions.diff && [expect, butwas]
    end

    def mu_pp(obj)
      s = obj.inspect.encode(Encoding.default_external)
      if String === obj && (obj.encoding != Encoding.default_external || !obj.valid_encoding?)
        s = "# encoding: #{obj.encoding}\n#    valid: #{obj.valid_encoding?}\n#{s}"
      end
      s
    end

    # mu_pp with escaped newlines turned into real ones and object addresses hidden.
    def mu_pp_for_diff(obj)
      str = mu_pp(obj)
      single = !!str.match(/(?<!\\|^)\\n/)
      double = !!str.match(/(?<=\\|^)\\n/)
      unescaped =
        if single && !double
          str.gsub(/\\?\\n/) { |s| s == "\\n" ? "\n" : s }
        elsif double && !single
          str.gsub(/\\?\\n/) { |s| s == "\\\\n" ? "\\n\n" : s }
        else
          str
        end
      unescaped.gsub(/:0x[a-fA-F0-9]{4,}/m, ":0xXXXXXX")
    end

    def assert(test, msg = nil)
      self.assertions += 1
      unless test
        msg ||= "Expected #{mu_pp test} to be truthy."
        msg = msg.call if Proc === msg
        raise Minitest::Assertion, msg
      end
      true
    end

    def _synchronize
      yield
    end

    # A message builder: the user's message (if any) on its own line, then the default.
    def message(msg = nil, ending = nil, &default)
      proc do
        msg = msg.call.chomp(".") if Proc === msg
        custom = "#{msg}.\n" unless msg.nil? || msg.to_s.empty?
        "#{custom}#{default.call}#{ending || "."}"
      end
    end

    def assert_empty(obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to be empty" }
      assert_respond_to obj, :empty?
      assert obj.empty?, msg
    end

    def assert_equal(exp, act, msg = nil)
      msg = message(msg, E) { diff exp, act }
      result = assert exp == act, msg
      if exp.nil?
        where = Minitest.filter_backtrace(caller).first.split(/:in /, 2).first
        warn "DEPRECATED: Use assert_nil if expecting nil from #{where}. This will fail in Minitest 6."
      end
      result
    end

    def assert_in_delta(exp, act, delta = 0.001, msg = nil)
      n = (exp - act).abs
      msg = message(msg) { "Expected |#{exp} - #{act}| (#{n}) to be <= #{delta}" }
      assert delta >= n, msg
    end

    def assert_in_epsilon(exp, act, epsilon = 0.001, msg = nil)
      assert_in_delta exp, act, [exp.abs, act.abs].min * epsilon, msg
    end

    def assert_includes(collection, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(collection)} to include #{mu_pp(obj)}" }
      assert_respond_to collection, :include?
      assert collection.include?(obj), msg
    end

    def assert_instance_of(cls, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to be an instance of #{cls}, not #{obj.class}" }
      assert obj.instance_of?(cls), msg
    end

    def assert_kind_of(cls, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to be a kind of #{cls}, not #{obj.class}" }
      assert obj.kind_of?(cls), msg
    end

    def assert_match(matcher, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp matcher} to match #{mu_pp obj}" }
      assert_respond_to matcher, :=~
      matcher = Regexp.new(Regexp.escape(matcher)) if String === matcher
      assert matcher =~ obj, msg
    end

    def assert_nil(obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to be nil" }
      assert obj.nil?, msg
    end

    def assert_operator(o1, op, o2 = UNDEFINED, msg = nil)
      return assert_predicate(o1, op, msg) if UNDEFINED == o2
      msg = message(msg) { "Expected #{mu_pp(o1)} to be #{op} #{mu_pp(o2)}" }
      assert o1.__send__(op, o2), msg
    end

    def assert_output(stdout = nil, stderr = nil)
      flunk "assert_output requires a block to capture output." unless block_given?
      out, err = capture_io { yield }
      err_check = Regexp === stderr ? :assert_match : :assert_equal if stderr
      out_check = Regexp === stdout ? :assert_match : :assert_equal if stdout
      y = send(err_check, stderr, err, "In stderr") if err_check
      x = send(out_check, stdout, out, "In stdout") if out_check
      (!stdout || x) && (!stderr || y)
    rescue Assertion
      raise
    rescue => e
      raise UnexpectedError, e
    end

    def assert_path_exists(path, msg = nil)
      msg = message(msg) { "Expected path '#{path}' to exist" }
      assert File.exist?(path), msg
    end

    def assert_predicate(o1, op, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(o1)} to be #{op}" }
      assert o1.__send__(op), msg
    end

    def assert_raises(*exp)
      flunk "assert_raises requires a block to capture errors." unless block_given?
      msg = "#{exp.pop}.\n" if String === exp.last
      exp << StandardError if exp.empty?
      begin
        yield
      rescue *exp => e
        pass
        return e
      rescue Minitest::Assertion
        raise
      rescue SignalException, SystemExit
        raise
      rescue Exception => e
        flunk(proc { exception_details(e, "#{msg}#{mu_pp(exp)} exception expected, not") })
      end
      exp = exp.first if exp.size == 1
      flunk "#{msg}#{mu_pp(exp)} expected but nothing was raised."
    end

    def assert_respond_to(obj, meth, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} (#{obj.class}) to respond to ##{meth}" }
      assert obj.respond_to?(meth), msg
    end

    def assert_same(exp, act, msg = nil)
      msg = message(msg) do
        "Expected %s (oid=%d) to be the same as %s (oid=%d)" %
          [mu_pp(act), act.object_id, mu_pp(exp), exp.object_id]
      end
      assert exp.equal?(act), msg
    end

    def assert_send(send_ary, m = nil)
      where = Minitest.filter_backtrace(caller).first.split(/:in /, 2).first
      warn "DEPRECATED: assert_send. From #{where}"
      recv, meth, *args = send_ary
      m = message(m) { "Expected #{mu_pp(recv)}.#{meth}(*#{mu_pp(args)}) to return true" }
      assert recv.__send__(meth, *args), m
    end

    def assert_silent
      assert_output("", "") { yield }
    end

    def assert_throws(sym, msg = nil)
      default = "Expected #{mu_pp(sym)} to have been thrown"
      caught = true
      value = catch(sym) do
        begin
          yield
        rescue ArgumentError => e
          raise e unless e.message.include?("uncaught throw")
          default += ", not #{e.message.split(/ /).last}"
        end
        caught = false
      end
      assert caught, message(msg) { default }
      value
    rescue Assertion
      raise
    rescue => e
      raise UnexpectedError, e
    end

    # Runs the block with $stdout and $stderr going to strings; returns [out, err].
    def capture_io
      _synchronize do
        begin
          out, err = StringIO.new, StringIO.new
          saved = [$stdout, $stderr]
          $stdout, $stderr = out, err
          yield
          return out.string, err.string
        ensure
          $stdout, $stderr = saved
        end
      end
    end

    # As capture_io, for output written to the file descriptors (subprocesses too).
    def capture_subprocess_io
      _synchronize do
        begin
          out, err = Tempfile.new("out"), Tempfile.new("err")
          saved_out, saved_err = $stdout.dup, $stderr.dup
          $stdout.reopen(out)
          $stderr.reopen(err)
          yield
          $stdout.rewind
          $stderr.rewind
          return out.read, err.read
        ensure
          $stdout.reopen(saved_out)
          $stderr.reopen(saved_err)
          saved_out.close
          saved_err.close
          out.close!
          err.close!
        end
      end
    end

    def exception_details(e, msg)
      [msg.to_s,
       "Class: <#{e.class}>",
       "Message: <#{e.message.inspect}>",
       "---Backtrace---",
       Minitest.filter_backtrace(e.backtrace).join("\n"),
       "---------------"].join("\n")
    end

    def fail_after(y, m, d, msg)
      flunk msg if Time.now > Time.local(y, m, d)
    end

    def flunk(msg = nil)
      assert false, msg || "Epic Fail!"
    end

    def pass(_msg = nil)
      assert true
    end

    def refute(test, msg = nil)
      msg ||= message { "Expected #{mu_pp(test)} to not be truthy" }
      assert !test, msg
    end

    def refute_empty(obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to not be empty" }
      assert_respond_to obj, :empty?
      refute obj.empty?, msg
    end

    def refute_equal(exp, act, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(act)} to not be equal to #{mu_pp(exp)}" }
      refute exp == act, msg
    end

    def refute_in_delta(exp, act, delta = 0.001, msg = nil)
      n = (exp - act).abs
      msg = message(msg) { "Expected |#{exp} - #{act}| (#{n}) to not be <= #{delta}" }
      refute delta >= n, msg
    end

    def refute_in_epsilon(a, b, epsilon = 0.001, msg = nil)
      refute_in_delta a, b, a * epsilon, msg
    end

    def refute_includes(collection, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(collection)} to not include #{mu_pp(obj)}" }
      assert_respond_to collection, :include?
      refute collection.include?(obj), msg
    end

    def refute_instance_of(cls, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to not be an instance of #{cls}" }
      refute obj.instance_of?(cls), msg
    end

    def refute_kind_of(cls, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to not be a kind of #{cls}" }
      refute obj.kind_of?(cls), msg
    end

    def refute_match(matcher, obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp matcher} to not match #{mu_pp obj}" }
      assert_respond_to matcher, :=~
      matcher = Regexp.new(Regexp.escape(matcher)) if String === matcher
      refute matcher =~ obj, msg
    end

    def refute_nil(obj, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to not be nil" }
      refute obj.nil?, msg
    end

    def refute_operator(o1, op, o2 = UNDEFINED, msg = nil)
      return refute_predicate(o1, op, msg) if UNDEFINED == o2
      msg = message(msg) { "Expected #{mu_pp(o1)} to not be #{op} #{mu_pp(o2)}" }
      refute o1.__send__(op, o2), msg
    end

    def refute_path_exists(path, msg = nil)
      msg = message(msg) { "Expected path '#{path}' to not exist" }
      refute File.exist?(path), msg
    end

    def refute_predicate(o1, op, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(o1)} to not be #{op}" }
      refute o1.__send__(op), msg
    end

    def refute_respond_to(obj, meth, msg = nil)
      msg = message(msg) { "Expected #{mu_pp(obj)} to not respond to #{meth}" }
      refute obj.respond_to?(meth), msg
    end

    def refute_same(exp, act, msg = nil)
      msg = message(msg) do
        "Expected %s (oid=%d) to not be the same as %s (oid=%d)" %
          [mu_pp(act), act.object_id, mu_pp(exp), exp.object_id]
      end
      refute exp.equal?(act), msg
    end

    def skip(msg = nil, bt = caller)
      @skip = true
      raise Minitest::Skip, msg || "Skipped, no message given", bt
    end

    def skip_until(y, m, d, msg)
      skip msg if Time.now < Time.local(y, m, d)
      where = caller.first.rpartition(":in").reject(&:empty?).first
      warn "Stale skip_until %p at %s" % [msg, where]
    end

    def skipped?
      defined?(@skip) && @skip
    end
  end
end
