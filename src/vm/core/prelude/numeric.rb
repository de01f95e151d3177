# Numeric and Integer methods written in Ruby.

class Numeric
  include Comparable

  def to_int
    to_i
  end

  def zero?
    self == 0
  end

  def positive?
    self > 0
  end

  def negative?
    self < 0
  end

  def nonzero?
    zero? ? nil : self
  end

  def abs
    self < 0 ? -self : self
  end

  def -@
    0 - self
  end

  def +@
    self
  end

  def integer?
    false
  end

  def clamp(*a)
    super
  end
end

class Integer
  def integer?
    true
  end

  def nonzero?
    self == 0 ? nil : self
  end
end

class Integer
  def self.try_convert(obj)
    return obj if obj.is_a?(Integer)
    return nil unless obj.respond_to?(:to_int, true)
    r = obj.to_int
    return r if r.nil? || r.is_a?(Integer)
    raise TypeError, "can't convert #{obj.class} to Integer (#{obj.class}#to_int gives #{r.class})"
  end
end

class Numeric
  alias __step_native step
  private :__step_native

  # Without a block, step is an Enumerator::ArithmeticSequence ((1.step(10, 3))); the
  # native step checks the arguments and runs the block form.
  def step(*args, **kw, &blk)
    return __step_native(*args, **kw, &blk) if blk
    limit = kw.key?(:to) ? kw[:to] : args[0]
    by = kw.key?(:by) ? kw[:by] : (args.size > 1 ? args[1] : 1)
    __step_native(*args, **kw) unless by.nil?
    argv = args.dup
    argv << kw unless kw.empty?
    Enumerator::ArithmeticSequence.__new(Range.new(self, limit), by, :step, self, argv)
  end
end
