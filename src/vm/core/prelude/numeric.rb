# Numeric and Integer methods written in Ruby.

class Numeric
  # other.coerce(x) for x's arithmetic; TypeError as rb_num_coerce words it when other
  # has no coerce (a special constant such as nil or :a shown as itself).
  def self.__coerce_pair(other, x)
    unless other.respond_to?(:coerce)
      special = other.nil? || other == true || other == false || other.is_a?(Symbol)
      raise TypeError, "#{special ? other.inspect : other.class} can't be coerced into #{x.class}"
    end
    other.coerce(x)
  end
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
  def self.try_convert(obj) = __try_convert(obj, Integer, :to_int)
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

class Integer
  # int[i, len] and int[range] (int[i] is native): the bits from i, masked to the length.
  def __aref_bits(i, len = nil)
    return (self >> i) & ((1 << len) - 1) unless len.nil?
    b, e = i.begin, i.end
    if b.nil?
      raise ArgumentError, "comparison of NilClass with 0 failed" if e.nil?
      return 0 if e < 0
      return 0 if self & ((1 << (i.exclude_end? ? e : e + 1)) - 1) == 0
      raise ArgumentError, "The beginless range for Integer#[] results in infinity"
    end
    num = self >> b
    return num if e.nil?
    return (num & ((1 << (i.exclude_end? ? e - b : e - b + 1)) - 1)) if b < e
    return num if b > e
    i.exclude_end? ? 0 : self[b]
  end
  private :__aref_bits
end

# Numeric's own methods, for subclasses that define only the basic operators (CRuby's
# numeric.c); Integer, Float, Rational and Complex override them.
class Numeric
  def <=>(other) = equal?(other) ? 0 : nil
  def coerce(other) = other.instance_of?(self.class) ? [other, self] : [Float(other), Float(self)]
  def eql?(other) = self.class == other.class && self == other
  def div(other)
    raise ZeroDivisionError, "divided by 0" if other == 0
    (self / other).floor
  end
  def modulo(other) = self - other * div(other)
  def %(other) = modulo(other)
  def divmod(other) = [div(other), modulo(other)]
  def fdiv(other) = to_f / other
  def quo(other) = other.is_a?(Float) ? fdiv(other) : Rational(self, 1) / other
  def remainder(other)
    z = modulo(other)
    return z if z == 0
    (self < 0 && other > 0) || (self > 0 && other < 0) ? z - other : z
  end
  def magnitude = abs
  def floor(*ndigits) = to_f.floor(*ndigits)
  def ceil(*ndigits) = to_f.ceil(*ndigits)
  def round(*args, **opts) = to_f.round(*args, **opts)
  def truncate(*ndigits) = to_f.truncate(*ndigits)
  def numerator = to_r.numerator
  def denominator = to_r.denominator
  def infinite? = nil
  def finite? = true
  def dup = self
  def clone(freeze: true)
    raise ArgumentError, "unexpected value for freeze: #{freeze.class}" unless [nil, true, false].include?(freeze)
    raise ArgumentError, "can't unfreeze #{self.class}" if freeze == false
    self
  end
end
