# Numeric and Integer methods written in Ruby.

class Numeric
  include Comparable

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
