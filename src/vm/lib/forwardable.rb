# forwardable: Forwardable (def_delegator, def_delegators, delegate / instance_delegate)
# and SingleForwardable, which define methods that forward to an accessor: an instance
# variable ("@items"), a method name or any expression ("self.class").
module Forwardable
  VERSION = "1.3.2"
  FORWARDABLE_VERSION = VERSION

  @debug = nil
  class << self
    attr_accessor :debug

    # The source of a forwarding method named `ali` calling `method` on `accessor`.
    def _delegator_source(accessor, method, ali)
      accessor = accessor.to_s
      <<~RUBY
        def #{ali}(*args, **kw, &block)
          if kw.empty?
            (#{accessor}).__send__(#{method.to_sym.inspect}, *args, &block)
          else
            (#{accessor}).__send__(#{method.to_sym.inspect}, *args, **kw, &block)
          end
        end
      RUBY
    end
  end

  def instance_delegate(hash)
    hash.each do |methods, accessor|
      methods = [methods] unless methods.respond_to?(:each)
      methods.each { |method| def_instance_delegator(accessor, method) }
    end
  end

  def def_instance_delegators(accessor, *methods)
    methods.each do |method|
      next if method.to_s == "__send__" || method.to_s == "__id__"
      def_instance_delegator(accessor, method)
    end
  end

  # On a module the delegator is an instance method; on an object that extended
  # Forwardable, a singleton method.
  def def_instance_delegator(accessor, method, ali = method)
    mod = is_a?(Module) ? self : singleton_class
    mod.module_eval(Forwardable._delegator_source(accessor, method, ali), __FILE__, __LINE__)
    ali.to_sym
  end

  alias delegate instance_delegate
  alias def_delegators def_instance_delegators
  alias def_delegator def_instance_delegator
end

module SingleForwardable
  def single_delegate(hash)
    hash.each do |methods, accessor|
      methods = [methods] unless methods.respond_to?(:each)
      methods.each { |method| def_single_delegator(accessor, method) }
    end
  end

  def def_single_delegators(accessor, *methods)
    methods.each do |method|
      next if method.to_s == "__send__" || method.to_s == "__id__"
      def_single_delegator(accessor, method)
    end
  end

  def def_single_delegator(accessor, method, ali = method)
    singleton_class.module_eval(Forwardable._delegator_source(accessor, method, ali), __FILE__, __LINE__)
    ali.to_sym
  end

  alias delegate single_delegate
  alias def_delegators def_single_delegators
  alias def_delegator def_single_delegator
end
