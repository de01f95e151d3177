# minitest/spec: Minitest::Spec, the describe/it DSL (before/after, let, subject,
# nested describes as subclasses named "Outer::inner"), and _(value) expectations.
require "minitest/test"

module Kernel
  def describe(desc, *additional_desc, &block)
    stack = Minitest::Spec.describe_stack
    name = [stack.last, desc, *additional_desc].compact.join("::")
    parent = stack.last ||
             (Class === self && kind_of?(Minitest::Spec::DSL) ? self : Minitest::Spec.spec_type(desc, *additional_desc))
    cls = parent.create(name, desc)
    stack.push(cls)
    cls.class_eval(&block)
    stack.pop
    cls
  end
  private :describe
end

module Minitest
  class Spec < Test
    def self.current
      Thread.current[:current_spec]
    end

    def initialize(name)
      super
      Thread.current[:current_spec] = self
    end

    module DSL
      TYPES = [[//, Minitest::Spec]]

      def register_spec_type(*args, &block)
        matcher, klass = block ? [block, args.first] : args
        TYPES.unshift([matcher, klass])
      end

      def spec_type(desc, *additional)
        TYPES.find do |matcher, _klass|
          matcher.respond_to?(:call) ? matcher.call(desc, *additional) : matcher === desc.to_s
        end.last
      end

      def describe_stack
        Thread.current[:describe_stack] ||= []
      end

      def children
        @children ||= []
      end

      def nuke_test_methods!
        public_instance_methods.grep(/^test_/).each { |m| send(:undef_method, m) }
      end

      def before(_type = nil, &block)
        define_method(:setup) do
          super()
          instance_eval(&block)
        end
      end

      def after(_type = nil, &block)
        define_method(:teardown) do
          instance_eval(&block)
          super()
        end
      end

      # Defines test_NNNN_desc; nested describes created earlier do not inherit it.
      def it(desc = "anonymous", &block)
        block ||= proc { skip "(no tests defined)" }
        @specs ||= 0
        @specs += 1
        name = "test_%04d_%s" % [@specs, desc]
        not_inheriting = children.reject { |c| c.public_method_defined?(name) }
        define_method(name, &block)
        not_inheriting.each { |c| c.send(:undef_method, name) }
        name
      end
      alias specify it

      def let(name, &block)
        name = name.to_s
        pre, post = "let '#{name}' cannot ", ". Please use another name."
        raise ArgumentError, "#{pre}begin with 'test'#{post}" if name =~ /\Atest/
        if (Minitest::Spec.instance_methods.map(&:to_s) - %w[subject]).include?(name)
          raise ArgumentError, "#{pre}override a method in Minitest::Spec#{post}"
        end
        define_method(name) do
          @_memoized ||= {}
          @_memoized.fetch(name) { |k| @_memoized[k] = instance_eval(&block) }
        end
      end

      def subject(&block)
        let(:subject, &block)
      end

      def create(name, desc)
        cls = Class.new(self) do
          @name = name
          @desc = desc
          nuke_test_methods!
        end
        children << cls
        cls
      end

      def name
        defined?(@name) ? @name : super
      end

      def to_s
        name
      end

      attr_reader :desc

      module InstanceMethods
        def _(value = nil, &block)
          Minitest::Expectation.new(block || value, self)
        end
        alias value _
        alias expect _

        def before_setup
          super
          Thread.current[:current_spec] = self
        end
      end

      def self.extended(obj)
        obj.send(:include, InstanceMethods)
      end
    end

    extend DSL
    TYPES = DSL::TYPES
  end
end

require "minitest/expectations"

class Object
  include Minitest::Expectations unless ENV["MT_NO_EXPECTATIONS"]
end
