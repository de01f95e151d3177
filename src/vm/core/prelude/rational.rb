# Rational: exact fractions. Storage (numerator/denominator, always normalized with a
# positive denominator) and Float#to_r are C++ (core/rational.cc); arithmetic,
# comparison, rounding, parsing, rationalize and Kernel#Rational are here.

class Rational < Numeric
  # A normalized Rational from two Integers (den != 0).
  def self.__reduce(num, den)
    raise ZeroDivisionError, "divided by 0" if den == 0
    if den < 0
      num = -num
      den = -den
    end
    g = num.gcd(den)
    g == 1 ? __new__(num, den) : __new__(num / g, den / g)
  end

  # Parses "a/b", "1.25", "1e3", " -3 "; returns nil when `strict` and the text is not
  # a whole rational, else the longest valid prefix (String#to_r).
  def self.__parse(str, strict)
    m = /\A\s*([-+])?(\d[\d_]*)?(?:\.(\d[\d_]*))?(?:[eE]([-+]?\d+))?(?:\/(\d[\d_]*))?/.match(str)
    if m.nil? || (m[2].nil? && m[3].nil?)
      return nil if strict
      return __new__(0, 1)
    end
    return nil if strict && m.post_match !~ /\A\s*\z/
    ip = (m[2] || "0").delete("_")
    fp = (m[3] || "").delete("_")
    num = (ip + fp).to_i
    den = 10**fp.size
    if m[4]
      e = m[4].to_i
      e >= 0 ? num *= 10**e : den *= 10**-e
    end
    den *= m[5].delete("_").to_i if m[5]
    return nil if den == 0 && strict
    num = -num if m[1] == "-"
    __reduce(num, den)
  end

  def self.__convert(x)
    case x
    when Rational then x
    when Integer then __new__(x, 1)
    when Float then x.to_r
    when String
      r = __parse(x, true)
      raise ArgumentError, "invalid value for convert(): #{x.inspect}" unless r
      r
    when nil then raise TypeError, "can't convert nil into Rational"
    when Complex
      raise RangeError, "can't convert #{x} into Rational" unless x.imaginary.zero? && x.imaginary.is_a?(Integer)
      __convert(x.real)
    else
      return x.to_r if x.respond_to?(:to_r)
      raise TypeError, "can't convert #{x.class} into Rational"
    end
  end

  def +(o)
    case o
    when Integer then Rational.__new__(numerator + o * denominator, denominator)
    when Rational
      Rational.__reduce(numerator * o.denominator + o.numerator * denominator, denominator * o.denominator)
    when Float then to_f + o
    else
      a, b = Numeric.__coerce_pair(o, self)
      a + b
    end
  end

  def -(o)
    case o
    when Integer then Rational.__new__(numerator - o * denominator, denominator)
    when Rational
      Rational.__reduce(numerator * o.denominator - o.numerator * denominator, denominator * o.denominator)
    when Float then to_f - o
    else
      a, b = Numeric.__coerce_pair(o, self)
      a - b
    end
  end

  def *(o)
    case o
    when Integer then Rational.__reduce(numerator * o, denominator)
    when Rational then Rational.__reduce(numerator * o.numerator, denominator * o.denominator)
    when Float then to_f * o
    else
      a, b = Numeric.__coerce_pair(o, self)
      a * b
    end
  end

  def /(o)
    case o
    when Integer
      raise ZeroDivisionError, "divided by 0" if o == 0
      Rational.__reduce(numerator, denominator * o)
    when Rational
      raise ZeroDivisionError, "divided by 0" if o.numerator == 0
      Rational.__reduce(numerator * o.denominator, denominator * o.numerator)
    when Float then to_f / o
    else
      a, b = Numeric.__coerce_pair(o, self)
      a / b
    end
  end
  alias quo /

  def fdiv(o) = to_f / o

  def **(o)
    case o
    when Integer
      if o >= 0
        Rational.__new__(numerator**o, denominator**o)
      else
        raise ZeroDivisionError, "divided by 0" if numerator == 0
        Rational.__reduce(denominator**-o, numerator**-o)
      end
    when Rational
      return self**o.numerator if o.denominator == 1
      numerator < 0 ? Complex(self, 0)**o : to_f**o.to_f
    when Float
      numerator < 0 && o != o.round ? Complex(self, 0)**o : to_f**o
    else
      a, b = Numeric.__coerce_pair(o, self)
      a**b
    end
  end
  alias pow **

  def -@ = Rational.__new__(-numerator, denominator)
  def +@ = self
  def abs = numerator < 0 ? -self : self
  alias magnitude abs

  def %(o)
    self - o * (self / o).floor
  end
  alias modulo %

  def divmod(o)
    q = (self / o).floor
    [q, self - o * q]
  end

  def div(o) = (self / o).floor
  def remainder(o) = self - o * (self / o).truncate

  def ==(o)
    case o
    when Integer then denominator == 1 && numerator == o
    when Rational then numerator == o.numerator && denominator == o.denominator
    when Float then to_f == o
    else o == self
    end
  end

  def <=>(o)
    case o
    when Integer then (numerator - o * denominator) <=> 0
    when Rational then (numerator * o.denominator) <=> (o.numerator * denominator)
    when Float then to_f <=> o
    else
      return nil unless o.respond_to?(:coerce)
      a, b = Numeric.__coerce_pair(o, self)
      a <=> b
    end
  end

  def eql?(o) = o.is_a?(Rational) && self == o
  def hash = [numerator, denominator, :rational].hash

  def coerce(o)
    case o
    when Integer then [Rational.__new__(o, 1), self]
    when Float then [o, to_f]
    when Rational then [o, self]
    when Complex then [o, Complex(self, 0)]
    else raise TypeError, "#{o.class} can't be coerced into Rational"
    end
  end

  def zero? = numerator == 0
  def positive? = numerator > 0
  def negative? = numerator < 0
  def integer? = false
  def finite? = true
  def infinite? = nil

  def to_i = numerator < 0 ? -(-numerator / denominator) : numerator / denominator
  def to_f = numerator.fdiv(denominator)
  def to_r = self
  def to_s = "#{numerator}/#{denominator}".__ascii
  def inspect = "(#{numerator}/#{denominator})".__ascii

  def rationalize(eps = nil)
    return self if eps.nil?
    e = eps.abs
    a = self - e
    b = self + e
    return self if a == b
    p, q = Rational.__simplest(a, b)
    Rational.__reduce(p, q)
  end

  # CRuby's nurat_rationalize_internal: the simplest p/q with a <= p/q <= b.
  def self.__simplest(a, b)
    neg = false
    if b < 0
      neg = true
      a, b = -b, -a
    elsif a < 0
      return [0, 1]
    end
    p0, p1, q0, q1 = 0, 1, 1, 0
    loop do
      c = a.ceil
      break if c < b
      k = c - 1
      p2 = k * p1 + p0
      q2 = k * q1 + q0
      t = __recip(b - k)
      b = __recip(a - k)
      a = t
      p0, q0, p1, q1 = p1, q1, p2, q2
    end
    c = a.ceil
    p = c * p1 + p0
    q = c * q1 + q0
    [neg ? -p : p, q]
  end

  def self.__recip(x) = x.is_a?(Float) ? 1.0 / x : Rational(1, 1) / x

  # Rounds to `digits` decimal places with `mode` (:floor, :ceil, :truncate, :round).
  def __round_to(digits, mode, half = nil)
    if digits.nil? || digits == 0
      return __round_int(self, mode, half)
    end
    raise TypeError, "not an integer" unless digits.is_a?(Integer)
    s = 10**digits.abs
    if digits > 0
      Rational.__reduce(__round_int(self * s, mode, half), s)
    else
      __round_int(self / s, mode, half) * s
    end
  end

  def __round_int(x, mode, half)
    n = x.numerator
    d = x.denominator
    case mode
    when :floor then n.div(d)
    when :ceil then -((-n).div(d))
    when :truncate then n < 0 ? -((-n).div(d)) : n.div(d)
    else
      return n if d == 1
      q, r = n.abs.divmod(d)
      twice = r * 2
      up = if twice > d then true
           elsif twice < d then false
           else
             case half
             when nil, :up then true
             when :even then q.odd?
             when :down then false
             end
           end
      q += 1 if up
      n < 0 ? -q : q
    end
  end

  def floor(digits = nil) = __round_to(digits, :floor)
  def ceil(digits = nil) = __round_to(digits, :ceil)
  def truncate(digits = nil) = __round_to(digits, :truncate)

  def round(digits = nil, half: nil)
    unless half.nil? || half == :up || half == :even || half == :down
      raise ArgumentError, "invalid rounding mode: #{half}"
    end
    __round_to(digits, :round, half)
  end
end

module Kernel
  private

  def Rational(a, b = 1, exception: true)
    if a.is_a?(Integer) && b.is_a?(Integer)
      return Rational.__reduce(a, b)
    end
    begin
      x = Rational.__convert(a)
      return x if b == 1 && !b.is_a?(Float)
      y = Rational.__convert(b)
      raise ZeroDivisionError, "divided by 0" if y.zero?
      x / y
    rescue StandardError
      raise if exception
      nil
    end
  end
end

class Integer
  def to_r = Rational.__new__(self, 1)
  def rationalize(eps = nil) = Rational.__new__(self, 1)
  def numerator = self
  def denominator = 1

  def quo(o)
    case o
    when Integer
      raise ZeroDivisionError, "divided by 0" if o == 0
      Rational.__reduce(self, o)
    when Float then fdiv(o)
    else Rational.__new__(self, 1) / o
    end
  end
end

class Float
  def numerator = to_r.numerator
  def denominator = to_r.denominator

  def rationalize(eps = nil)
    neg = self < 0
    x = neg ? -self : self
    r = if eps.nil?
          f, n = x.__send__(:__decode)
          if f == 0 || n >= 0
            Rational.__new__(f << n, 1)
          else
            den = 2**(1 - n)
            a = Rational(2 * f - 1, den)
            b = Rational(2 * f + 1, den)
            p, q = Rational.__simplest(a, b)
            Rational.__reduce(p, q)
          end
        else
          e = eps.abs
          a = x - e
          b = x + e
          if a == b
            x.to_r
          else
            p, q = Rational.__simplest(a, b)
            Rational.__reduce(p, q)
          end
        end
    neg ? -r : r
  end
end

class String
  def to_r = Rational.__parse(self, false)
end

class NilClass
  def to_r = Rational.__new__(0, 1)
  def rationalize(eps = nil) = Rational.__new__(0, 1)
end
