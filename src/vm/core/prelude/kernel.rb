# Kernel methods written in Ruby (loaded at boot, before the program).
module Kernel
  private

  def loop
    return to_enum(:loop) { Float::INFINITY } unless block_given?
    begin
      while true
        yield
      end
    rescue StopIteration => e
      e.result
    end
  end

  def __make_curry(proc, arity, args)
    lambda do |*more|
      all = args + more
      if all.size >= arity
        proc.call(*all)
      else
        __make_curry(proc, arity, all)
      end
    end
  end
end
# Small Kernel/Object helpers written in Ruby.

class Thread
  module Backtrace
    # One frame of a backtrace ("file:line:in `label'"), as caller_locations gives.
    class Location
      def initialize(line)
        @line = line
        saved = $~   # (core methods written in Ruby share their caller's $~)
        m = /\A(.*?):(\d+)(?::in `(.*)')?\z/.match(line)
        $~ = saved
        @path = m ? m[1] : line
        @lineno = m ? m[2].to_i : 0
        @label = m ? m[3] : nil
      end
      attr_reader :path, :lineno, :label

      def absolute_path
        File.expand_path(@path)
      end

      def base_label
        return nil unless @label
        saved = $~
        label = @label.sub(/\Ablock (\(\d+ levels\) )?in /, "")
        $~ = saved
        label
      end

      def to_s
        @line
      end

      def inspect
        @line.inspect
      end
    end
  end
end

module Kernel
  private

  def caller_locations(start = 1, length = nil)
    if start.is_a?(Range)   # shifted by one frame: this method's own
      b, e = start.begin, start.end
      b = b.nil? ? 1 : b < 0 ? b : b + 1
      e += 1 if e && e >= 0
      lines = caller(Range.new(b, e, start.exclude_end?))
    else
      raise ArgumentError, "negative level (#{start})" if start.to_int < 0
      lines = caller(start.to_int + 1, length)
    end
    lines&.map { |l| Thread::Backtrace::Location.new(l) }
  end
end

module Kernel
  # Tainting is gone in 3.x: the methods remain as no-ops (3.1 keeps them, deprecated).
  def taint = self
  def untaint = self
  def untrust = self
  def trust = self
  def tainted? = false
  def untrusted? = false

  def private_methods(all = true) = __methods_of(:private_instance_methods, all)
  def protected_methods(all = true) = __methods_of(:protected_instance_methods, all)

  private

  # all = false: the singleton class's and the class's own methods of that visibility.
  def __methods_of(lister, all)
    holder = begin
      singleton_class
    rescue TypeError
      self.class
    end
    all ? holder.__send__(lister, true) : holder.__send__(lister, false) | self.class.__send__(lister, false)
  end

  def autoload(name, path) = Object.autoload(name, path)
  def autoload?(name, inherit = true) = Object.autoload?(name, inherit)

  # C.try_convert(obj): obj when it is a C, else obj.meth when obj has meth (nil stays
  # nil, another class is a TypeError), else nil.
  def __try_convert(obj, klass, meth)
    return obj if obj.is_a?(klass)
    return nil unless obj.respond_to?(meth, true)
    r = obj.__send__(meth)
    return r if r.nil? || r.is_a?(klass)
    raise TypeError, "can't convert #{obj.class} to #{klass} (#{obj.class}##{meth} gives #{r.class})"
  end
end

{ String => :to_str, Array => :to_ary, Hash => :to_hash, Regexp => :to_regexp }.each do |klass, meth|
  klass.define_singleton_method(:try_convert) { |obj| __try_convert(obj, klass, meth) }
end

class NilClass
  def =~(_other) = nil
end

class Symbol
  alias intern to_sym
end

# Method and UnboundMethod#public?/private?/protected? (3.1): the visibility of the name
# in the receiver's singleton class (or class), or in the owner for an UnboundMethod.
[Method, UnboundMethod].each do |k|
  k.class_eval do
    def public? = __visibility == :public
    def private? = __visibility == :private
    def protected? = __visibility == :protected

    private

    def __visibility
      holder = __visibility_holder
      if holder.private_method_defined?(name) then :private
      elsif holder.protected_method_defined?(name) then :protected
      else :public
      end
    end
  end
end

class Method
  private def __visibility_holder
    receiver.singleton_class
  rescue TypeError
    receiver.class
  end
end

class UnboundMethod
  private def __visibility_holder = owner
end

module Kernel
  private

  # Nothing when $VERBOSE is nil, there is no message or the category is disabled; else
  # the messages as puts writes them (after "file:line: warning: " of the caller
  # `uplevel` frames up) go to Warning.warn, which tests and libraries may redefine.
  def warn(*msgs, uplevel: nil, category: nil)
    unless category.nil?
      unless category.is_a?(Symbol)
        raise TypeError, "no implicit conversion of #{category.class} into Symbol" unless category.respond_to?(:to_str)
        category = category.to_str.to_sym
      end
      return nil unless Warning[category]
    end
    return nil if msgs.empty? || $VERBOSE.nil?
    text = __warn_text(*msgs)
    unless uplevel.nil?
      level = Integer === uplevel ? uplevel : uplevel.to_int
      raise ArgumentError, "negative level (#{level})" if level < 0
      loc = caller_locations(level + 1, 1)&.first
      text = (loc&.path ? "#{loc.path}:#{loc.lineno}: warning: " : "warning: ") + text
    end
    category.nil? ? Warning.warn(text) : Warning.warn(text, category: category)
    nil
  end
end

# Warning: the categories Kernel#warn consults and the hook that writes warnings.
module Warning
  @__categories = { deprecated: false, experimental: true }

  def self.[](category) = @__categories.fetch(__category(category))
  def self.[]=(category, flag)
    @__categories[__category(category)] = flag ? true : false
  end

  def self.__category(category)
    raise TypeError, "wrong argument type #{category.class} (expected Symbol)" unless category.is_a?(Symbol)
    raise ArgumentError, "unknown category: #{category}" unless @__categories.key?(category)
    category
  end

  def warn(message, category: nil)
    raise TypeError, "wrong argument type #{message.class} (expected String)" unless message.is_a?(String)
    return nil unless category.nil? || Warning[category]
    $stderr.write(message)
    nil
  end
  extend self
end

# main's private define_method and ruby2_keywords (CRuby 3.1's top_define_method,
# top_ruby2_keywords): they act on Object.
class << self
  private def define_method(...) = Object.__send__(:define_method, ...)
  private def ruby2_keywords(*names) = Object.__send__(:ruby2_keywords, *names)
end

# The -w/-v and -d switches' names for $VERBOSE and $DEBUG.
alias $-w $VERBOSE
alias $-v $VERBOSE
alias $-d $DEBUG
alias $-0 $/
alias $-F $;
alias $-I $:
