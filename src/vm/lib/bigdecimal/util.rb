# bigdecimal/util: to_d on Integer, Float, String, Rational, BigDecimal and nil, and
# BigDecimal#to_digits.
require "bigdecimal"

class Integer
  def to_d
    BigDecimal(self)
  end
end

class Float
  def to_d(precision = 0)
    BigDecimal(self, precision)
  end
end

class String
  # The number at the start of the string (0 when there is none).
  def to_d
    BigDecimal.interpret_loosely(self)
  end
end

class Rational
  def to_d(precision)
    BigDecimal(self, precision)
  end
end

class Complex
  def to_d(*args)
    raise ArgumentError, "Unable to make a BigDecimal from non-zero imaginary number" unless imaginary.zero?
    real.to_d(*args)
  end
end

class NilClass
  def to_d
    BigDecimal(0)
  end
end
