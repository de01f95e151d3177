# delegate: Delegator (forwards every method it does not keep to __getobj__),
# SimpleDelegator (holds the object, __setobj__ swaps it) and DelegateClass(klass) (a
# class whose instances forward klass's public methods by name).
#
# Delegator is a BasicObject with Kernel included, minus Kernel's public methods other
# than those about the delegator itself (KEPT), so to_s, inspect, ==, hash ... reach
# the target through method_missing, as in CRuby.
class Delegator < BasicObject
  include ::Kernel

  KEPT = [:class, :singleton_class, :is_a?, :kind_of?, :instance_of?, :respond_to?,
          :object_id, :__send__, :__id__, :send, :public_send, :equal?, :frozen?,
          :instance_variable_get, :instance_variable_set, :instance_variable_defined?,
          :instance_variables, :remove_instance_variable, :method, :public_method,
          :singleton_method, :define_singleton_method, :extend, :instance_eval,
          :instance_exec, :tap, :then, :yield_self, :itself, :dup, :clone, :display,
          :nil?, :enum_for, :to_enum, :singleton_methods, :methods, :public_methods,
          :freeze, :==, :!=, :!, :eql?].freeze
  (::Kernel.public_instance_methods - KEPT).each do |m|
    undef_method(m) if ::Kernel.public_method_defined?(m)
  end
  undef_method(:to_s) if public_method_defined?(:to_s)
  undef_method(:inspect) if public_method_defined?(:inspect)

  def self.const_missing(name)
    ::Object.const_get(name)
  end

  def initialize(obj)
    __setobj__(obj)
  end

  def method_missing(name, *args, **kw, &block)
    target = __getobj__
    if target.respond_to?(name)
      return kw.empty? ? target.__send__(name, *args, &block) : target.__send__(name, *args, **kw, &block)
    end
    super
  end

  def respond_to_missing?(name, include_private)
    __getobj__.respond_to?(name, include_private)
  end

  def methods(all = true)
    __getobj__.methods(all) | super
  end

  def public_methods(all = true)
    __getobj__.public_methods(all) | super
  end

  def ==(other)
    other.equal?(self) || __getobj__ == other
  end

  def !=(other)
    !other.equal?(self) && __getobj__ != other
  end

  def eql?(other)
    other.equal?(self) || other.eql?(__getobj__)
  end

  def !
    !__getobj__
  end

  def freeze
    unless frozen?
      __getobj__.freeze
      super
    end
    self
  end

  def __getobj__
    ::Kernel.raise ::NotImplementedError, "need to define `__getobj__'"
  end

  def __setobj__(obj)
    ::Kernel.raise ::NotImplementedError, "need to define `__setobj__'"
  end
end

class SimpleDelegator < Delegator
  def __getobj__
    unless defined?(@delegate_sd_obj)
      return yield if ::Kernel.block_given?
      ::Kernel.raise ::ArgumentError, "not delegated"
    end
    @delegate_sd_obj
  end

  def __setobj__(obj)
    ::Kernel.raise ::ArgumentError, "cannot delegate to self" if equal?(obj)
    @delegate_sd_obj = obj
  end
end

def DelegateClass(superclass, &block)
  klass = ::Class.new(::Delegator)
  forwarded = superclass.public_instance_methods(true) - ::Delegator.public_instance_methods -
              [:to_s, :inspect, :=~, :!~, :===]
  forwarded |= [:to_s, :inspect]
  forwarded -= [:initialize, :initialize_copy, :initialize_dup, :initialize_clone, :__getobj__,
                :__setobj__, :method_missing, :respond_to_missing?, *::Delegator::KEPT]
  klass.class_eval do
    def __getobj__
      unless defined?(@delegate_dc_obj)
        return yield if ::Kernel.block_given?
        ::Kernel.raise ::ArgumentError, "not delegated"
      end
      @delegate_dc_obj
    end

    def __setobj__(obj)
      ::Kernel.raise ::ArgumentError, "cannot delegate to self" if equal?(obj)
      @delegate_dc_obj = obj
    end

    forwarded.each do |name|
      define_method(name) { |*args, &b| __getobj__.__send__(name, *args, &b) }
    end
  end
  klass.class_eval(&block) if block
  klass
end
