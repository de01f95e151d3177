# test/unit/assertions: Test::Unit::Assertions, test-unit 3.5's assert_* family with its
# failure messages ("<1> expected but was\n<2>."); values shown as pp shows them, hash
# keys sorted. AssertionFailedError carries the parts the console runner prints.
require "pp"
require "test/unit/diff"

module Test
  module Unit
    class AssertionFailedError < StandardError
      attr_accessor :expected, :actual, :user_message, :inspected_expected, :inspected_actual
    end

    module Assertions
      NOT_SET = Object.new

      # How test-unit shows a value: pp's layout, numbers by to_s, hash keys in order.
      def self.inspect_value(value)
        PP.pp(sortable(value), String.new).chomp
      end

      # The two texts to diff: strings as they are, other values as shown; nil when
      # either is 1000 bytes or more.
      def self.prepare_for_diff(from, to)
        unless from.is_a?(String) && to.is_a?(String)
          from = inspect_value(from)
          to = inspect_value(to)
        end
        return nil if from.bytesize >= 1000 || to.bytesize >= 1000
        [from, to].map { |s| s.encoding.ascii_compatible? ? s : s.dup.force_encoding("ASCII-8BIT") }
      end

      # The "diff:" part of assert_equal's message (empty when it would not help).
      def self.diff_section(expected, actual)
        from, to = prepare_for_diff(expected, actual)
        return "" unless from
        diff = Diff.readable(from, to)
        return "" unless /^[-+]/.match?(diff)
        return "" unless /^[ ?]/.match?(diff) || /(?:.*\n){2,}/.match?(diff)
        section = "\n\ndiff:\n#{diff}"
        section += "\n\nfolded diff:\n#{Diff.folded_readable(from, to)}" if Diff.need_fold?(section)
        section
      end

      def self.sortable(value)
        case value
        when Hash
          keys = value.keys
          keys = (keys.sort rescue keys)
          keys.to_h { |k| [sortable(k), sortable(value[k])] }
        when Array then value.map { |v| sortable(v) }
        else value
        end
      end

      # "user message.\n" + the template with each ? replaced by the next value as
      # inspected (a backslashed question mark stays one).
      def build_message(user_message, template, *values)
        user_message = user_message.call if user_message.respond_to?(:call)
        text = template.gsub(/\\\?|\?/) { |m| m == "?" ? Assertions.inspect_value(values.shift) : "?" }
        return text if user_message.nil? || user_message.to_s.empty?
        head = "#{user_message.to_s.chomp(".")}."
        text.empty? ? head : "#{head}\n#{text}"
      end

      def add_assertion; end

      def assert_block(message = "assert_block failed.")
        add_assertion
        return if yield
        message = message.call if message.respond_to?(:call)
        raise AssertionFailedError, message.to_s
      end

      def assert(object = NOT_SET, message = nil, &block)
        if NOT_SET.equal?(object)
          raise ArgumentError, "wrong number of arguments (given 0, expected 1..2)" unless block
          object = yield
          message ||= "<?> is not true."
        end
        assert_block(build_message(message, "<?> is not true.", object)) { object }
      end

      def refute(object, message = nil)
        assert_block(build_message(message, "<?> is neither nil or false.", object)) { !object }
      end

      def flunk(message = "Flunked")
        assert_block(build_message(message, "")) { false }
      end

      def assert_equal(expected, actual, message = nil)
        template =
          if expected.respond_to?(:encoding) && actual.respond_to?(:encoding) &&
             expected.encoding != actual.encoding
            "<#{Assertions.inspect_value(expected)}>(#{expected.encoding.name.inspect}) expected but was\n" \
              "<#{Assertions.inspect_value(actual)}>(#{actual.encoding.name.inspect})."
          else
            "<#{Assertions.inspect_value(expected)}> expected but was\n<#{Assertions.inspect_value(actual)}>."
          end
        add_assertion
        return if expected == actual
        template += Assertions.diff_section(expected, actual)
        error = AssertionFailedError.new(build_message(message, "").then { |head| head.empty? ? template : "#{head}\n#{template}" })
        error.expected, error.actual = expected, actual
        error.inspected_expected = Assertions.inspect_value(expected)
        error.inspected_actual = Assertions.inspect_value(actual)
        user = message.respond_to?(:call) ? message.call : message
        error.user_message = user unless user.nil? || user.to_s.empty?
        raise error
      end

      def assert_not_equal(expected, actual, message = nil)
        assert_block(build_message(message, "<?> was expected to be != to\n<?>.", expected, actual)) do
          expected != actual
        end
      end
      alias refute_equal assert_not_equal

      def assert_true(actual, message = nil)
        assert_block(build_message(message, "<true> expected but was\n<?>", actual)) { true == actual }
      end

      def assert_false(actual, message = nil)
        assert_block(build_message(message, "<false> expected but was\n<?>", actual)) { false == actual }
      end

      def assert_boolean(actual, message = nil)
        assert_block(build_message(message, "<true> or <false> expected but was\n<?>", actual)) do
          true == actual || false == actual
        end
      end

      def assert_nil(object, message = nil)
        assert_block(build_message(message, "<?> was expected to be nil.", object)) { object.nil? }
      end

      def assert_not_nil(object, message = nil)
        assert_block(build_message(message, "<?> was expected to not be nil.", object)) { !object.nil? }
      end
      alias refute_nil assert_not_nil

      def assert_kind_of(klass, object, message = nil)
        assert_block(build_message(message, "<?> was expected to be kind_of\\?\n<?> but was\n<?>.",
                                   object, klass, object.class)) { object.kind_of?(klass) }
      end

      def assert_not_kind_of(klass, object, message = nil)
        assert_block(build_message(message, "<?> was expected to not be kind_of\\?\n<?> but was.",
                                   object, klass)) { !object.kind_of?(klass) }
      end
      alias refute_kind_of assert_not_kind_of

      def assert_instance_of(klass, object, message = nil)
        assert_block(build_message(message, "<?> was expected to be instance_of\\?\n<?> but was\n<?>.",
                                   object, klass, object.class)) { object.instance_of?(klass) }
      end

      def assert_not_instance_of(klass, object, message = nil)
        assert_block(build_message(message, "<?> was expected to not be instance_of\\?\n<?> but was.",
                                   object, klass)) { !object.instance_of?(klass) }
      end
      alias refute_instance_of assert_not_instance_of

      def assert_respond_to(object, method, message = nil)
        assert_block(build_message(message, "<?>.respond_to\\?(?) expected\n(Class: <?>)",
                                   object, method, object.class)) { object.respond_to?(method) }
      end

      def assert_not_respond_to(object, method, message = nil)
        assert_block(build_message(message, "!<?>.respond_to\\?(?) expected\n(Class: <?>)",
                                   object, method, object.class)) { !object.respond_to?(method) }
      end
      alias refute_respond_to assert_not_respond_to

      def assert_match(pattern, string, message = nil)
        pattern = Regexp.new(Regexp.escape(pattern)) if pattern.is_a?(String)
        assert_block(build_message(message, "<?> was expected to be =~\n<?>.", pattern, string)) do
          pattern =~ string
        end
      end

      def assert_not_match(pattern, string, message = nil)
        pattern = Regexp.new(Regexp.escape(pattern)) if pattern.is_a?(String)
        assert_block(build_message(message, "<?> was expected to not match\n<?>.", pattern, string)) do
          pattern !~ string
        end
      end
      alias assert_no_match assert_not_match
      alias refute_match assert_not_match

      def assert_same(expected, actual, message = nil)
        assert_block(build_message(message, "<?>\nwith id <?> was expected to be equal\\? to\n<?>\nwith id <?>.",
                                   expected, expected.__id__, actual, actual.__id__)) { actual.equal?(expected) }
      end

      def assert_not_same(expected, actual, message = nil)
        assert_block(build_message(message, "<?>\nwith id <?> was expected to not be equal\\? to\n<?>\nwith id <?>.",
                                   expected, expected.__id__, actual, actual.__id__)) { !actual.equal?(expected) }
      end
      alias refute_same assert_not_same

      def assert_operator(object1, operator, object2, message = nil)
        assert_block(build_message(message, "<?> was expected to be\n?\n<?>.",
                                   object1, AsIs.new(operator), object2)) { object1.__send__(operator, object2) }
      end

      def assert_not_operator(object1, operator, object2, message = nil)
        assert_block(build_message(message, "<?> was expected to not be\n?\n<?>.",
                                   object1, AsIs.new(operator), object2)) { !object1.__send__(operator, object2) }
      end
      alias refute_operator assert_not_operator

      def assert_include(collection, object, message = nil)
        assert_block(build_message(message, "<?> was expected to include\n<?>.", collection, object)) do
          collection.include?(object)
        end
      end
      alias assert_includes assert_include

      def assert_not_include(collection, object, message = nil)
        assert_block(build_message(message, "<?> was expected to not include\n<?>.", collection, object)) do
          !collection.include?(object)
        end
      end
      alias assert_not_includes assert_not_include
      alias refute_includes assert_not_include

      def assert_empty(object, message = nil)
        assert_block(build_message(message, "<?> was expected to be empty.", object)) { object.empty? }
      end

      def assert_not_empty(object, message = nil)
        assert_block(build_message(message, "<?> was expected to not be empty.", object)) { !object.empty? }
      end
      alias refute_empty assert_not_empty

      def assert_predicate(object, predicate, message = nil)
        actual = object.__send__(predicate)
        assert_block(build_message(message, "<?>.? is true value expected but was\n<?>",
                                   object, AsIs.new(predicate), actual)) { actual }
      end

      def assert_not_predicate(object, predicate, message = nil)
        actual = object.__send__(predicate)
        assert_block(build_message(message, "<?>.? is false value expected but was\n<?>",
                                   object, AsIs.new(predicate), actual)) { !actual }
      end
      alias refute_predicate assert_not_predicate

      COMPARE_WORDS = { "<" => "less than", "<=" => "less than or equal to",
                        ">" => "greater than", ">=" => "greater than or equal to" }

      def assert_compare(expected, operator, actual, message = nil)
        operator = operator.to_s
        raise ArgumentError, "unknown operator: #{operator}" unless COMPARE_WORDS[operator]
        template = "<?> #{operator} <?> should be true\n<?> was expected to be #{COMPARE_WORDS[operator]}\n<?>."
        assert_block(build_message(message, template, expected, actual, expected, actual)) do
          expected.__send__(operator, actual)
        end
      end

      def assert_in_delta(expected, actual, delta = 0.001, message = nil)
        e, a, d = expected.to_f, actual.to_f, delta.to_f
        template = "<?> -/+ <?> was expected to include\n<?>.\n\nRelation:\n"
        values = [expected, delta, actual]
        if a < e - d
          template += "<<?> < <?>-<?>[?] <= <?>+<?>[?]>"
          values += [actual, expected, delta, e - d, expected, delta, e + d]
        elsif a <= e + d
          template += "<<?>-<?>[?] <= <?> <= <?>+<?>[?]>"
          values += [expected, delta, e - d, actual, expected, delta, e + d]
        else
          template += "<<?>-<?>[?] <= <?>+<?>[?] < <?>>"
          values += [expected, delta, e - d, expected, delta, e + d, actual]
        end
        assert_block(build_message(message, template, *values)) { (e - a).abs <= d }
      end

      def assert_in_epsilon(expected, actual, epsilon = 0.001, message = nil)
        delta = [expected.abs, actual.abs].min * epsilon
        low, high = expected - delta, expected + delta
        template = "<?> -/+ (<?> * <?>)[?] was expected to include\n<?>."
        values = [expected, expected, epsilon, delta, actual]
        if actual < low
          template += "\n\nRelation:\n<<?> < <?>-(<?>*<?>)[?] <= <?>+(<?>*<?>)[?]>"
          values += [actual, expected, expected, epsilon, low, expected, expected, epsilon, high]
        elsif actual > high
          template += "\n\nRelation:\n<<?>-(<?>*<?>)[?] <= <?>+(<?>*<?>)[?] < <?>>"
          values += [expected, expected, epsilon, low, expected, expected, epsilon, high, actual]
        end
        assert_block(build_message(message, template, *values)) { (expected - actual).abs <= delta }
      end

      def assert_raise(*expected, &block)
        message = expected.last.is_a?(String) ? expected.pop : nil
        expected = [StandardError] if expected.empty?
        shown = expected.size == 1 ? expected.first : expected
        begin
          yield
        rescue Exception => e
          if expected.any? { |x| x.is_a?(Module) ? e.is_a?(x) : (x.class == e.class && x.message == e.message) }
            add_assertion
            return e
          end
          raise if e.is_a?(AssertionFailedError) && !expected.include?(AssertionFailedError)
          bt = BacktraceFilter.filter(e.backtrace).join("\n")
          assert_block(build_message(message, "<?> exception expected but was\n<?>.", shown,
                                     AsIs.new("#{e.class.name}(<#{e.message}>)\n#{bt}"))) { false }
        end
        assert_block(build_message(message, "<?> exception was expected but none was thrown.", shown)) { false }
      end
      alias assert_raises assert_raise

      def assert_raise_message(expected, message = nil)
        yield
      rescue Exception => e
        ok = expected.is_a?(Regexp) ? expected =~ e.message : expected == e.message
        assert_block(build_message(message, "<?> exception message expected but was\n<?>.", expected, e.message)) { ok }
      else
        assert_block(build_message(message, "<?> exception message was expected but none was thrown.", expected)) { false }
      end

      def assert_nothing_raised(*classes)
        message = classes.last.is_a?(String) ? classes.pop : nil
        value = yield
        add_assertion
        value
      rescue AssertionFailedError, PendedError, OmittedError
        raise
      rescue Exception => e
        bt = BacktraceFilter.filter(e.backtrace).join("\n")
        assert_block(build_message(message, "Exception raised:\n?", AsIs.new("#{e.class.name}(<#{e.message}>)\n#{bt}\n"))) { false }
      end

      def assert_throw(tag, message = nil, &block)
        caught = true
        catch(tag) do
          yield
          caught = false
        end
        assert_block(build_message(message, "<?> should have been thrown.", tag)) { caught }
      end
      alias assert_throws assert_throw

      def assert_nothing_thrown(_message = nil)
        value = yield
        add_assertion
        value
      end

      def assert_path_exist(path, message = nil)
        assert_block(build_message(message, "<?> was expected to exist", path)) { File.exist?(path) }
      end

      def assert_path_not_exist(path, message = nil)
        assert_block(build_message(message, "<?> was expected to not exist", path)) { !File.exist?(path) }
      end

      def assert_send(send_array, message = nil)
        object, method, *args = send_array
        shown = AsIs.new("#{method}(*#{Assertions.inspect_value(args)})")
        result = object.__send__(method, *args)
        assert_block(build_message(message, "<?> was expected to respond to\n<?> with a true value but was\n<?>.",
                                   object, shown, result)) { result }
      end

      def assert_const_defined(object, constant_name, message = nil)
        assert_block(build_message(message, "<?>.const_defined\\?(<?>) expected.", object, constant_name)) do
          object.const_defined?(constant_name)
        end
      end

      def assert_all(collection, message = nil)
        results = collection.to_h { |item| [item, !!yield(item)] }
        assert_block(build_message(message, "<?> was expected to be all true values with the given block but was\n<?>",
                                   collection, results)) { results.values.all? }
      end
      alias assert_all? assert_all

      # A value shown as its to_s, not inspected.
      class AsIs
        def initialize(text)
          @text = text.to_s
        end

        def pretty_print(q)
          q.text(@text)
        end
      end
    end
  end
end
