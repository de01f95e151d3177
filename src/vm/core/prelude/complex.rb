# Complex: a + bi over any real Numerics. Storage (real/imaginary) is C++
# (core/rational.cc); arithmetic, polar form, formatting, parsing, Kernel#Complex and
# the Numeric methods that treat a real as a Complex (real, imag, arg, polar...) are here.

class Complex < Numeric
  I = __new__(0, 1)

  # Rational results with denominator 1 become Integers (CRuby canonicalizes
  # the parts of quotients).
  def self.__canon(x) = x.is_a?(Rational) && x.denominator == 1 ? x.numerator : x

  def self.rect(real, imag = 0)
    raise TypeError, "not a real" unless real.is_a?(Numeric) && real.real? && imag.is_a?(Numeric) && imag.real?
    __new__(real, imag)
  end

  def self.rectangular(real, imag = 0) = rect(real, imag)

  def self.polar(r, theta = 0)
    raise TypeError, "not a real" unless r.is_a?(Numeric) && r.real? && theta.is_a?(Numeric) && theta.real?
    return __new__(r, 0.0) if r.zero? || theta.zero?
    if theta.is_a?(Float)
      return __new__(-r, 0.0) if theta == Math::PI
      return __new__(0.0, r) if theta == Math::PI / 2
      return __new__(r * Math.cos(theta), r * Math.sin(theta))
    end
    c = __new__(r * Math.cos(theta), r * Math.sin(theta))
    c
  end

  # CRuby's rb_dbl_complex_new_polar_pi: abs * e**(i * pi * ang), exact at half turns
  # (negative numbers raised to fractional Float powers).
  def self.__polar_pi(abs, ang)
    fi = ang.truncate.to_f
    fr = ang - fi
    if fr == 0.5 || fr == -0.5
      pos = fr == 0.5
      h = fi / 2.0
      abs = -abs if ((h - h.truncate) != fr) ^ pos
      __new__(0.0, abs)
    elsif fr == 0.0
      h = fi / 2.0
      (h - h.truncate) != 0.0 ? -abs : abs
    else
      __new__(abs * Math.cos(Math::PI * ang), abs * Math.sin(Math::PI * ang))
    end
  end

  def self.__num(s)
    return 0 if s.nil?
    s = s.delete("_")
    if s.include?("/") then Rational(s)
    elsif s =~ /[.eE]/ then s.to_f
    else s.to_i
    end
  end

  # Parses "1+2i", "3-4i", "2", "i", "-i", "1.5@2"; nil when `strict` and not all of it.
  # A number is (?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?), written out in
  # each pattern so that they are literals, compiled when this method is first decoded
  # rather than at every boot (and Complex has no constants CRuby's lacks).
  def self.__parse(str, strict)
    if (m = %r{\A\s*([-+]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?))@([-+]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?))\s*}.match(str))
      return nil if strict && !m.post_match.empty?
      return polar(__num(m[1]), __num(m[2]))
    end
    m = %r{\A\s*([-+]?)((?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?))?[ij]\s*}.match(str)
    if m && (m[2] || !m[1].nil?)
      return nil if strict && !m.post_match.empty?
      im = m[2] ? __num(m[2]) : 1
      return __new__(0, m[1] == "-" ? -im : im)
    end
    m = %r{\A\s*([-+]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?))?(?:([-+])((?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?(?:/\d[\d_]*)?))?[ij])?\s*}.match(str)
    if m.nil? || (m[1].nil? && m[2].nil?)
      return nil if strict
      return __new__(0, 0)
    end
    return nil if strict && !m.post_match.empty?
    re = __num(m[1])
    im = m[2] ? (m[3] ? __num(m[3]) : 1) : 0
    im = -im if m[2] == "-"
    __new__(re, im)
  end

  def imag = imaginary
  def rectangular = [real, imaginary]
  alias rect rectangular
  def real? = false
  def integer? = false

  def +(o)
    if o.is_a?(Complex) then Complex.__new__(real + o.real, imaginary + o.imaginary)
    elsif o.is_a?(Numeric) && o.real? then Complex.__new__(real + o, imaginary)
    else
      a, b = Numeric.__coerce_pair(o, self)
      a + b
    end
  end

  def -(o)
    if o.is_a?(Complex) then Complex.__new__(real - o.real, imaginary - o.imaginary)
    elsif o.is_a?(Numeric) && o.real? then Complex.__new__(real - o, imaginary)
    else
      a, b = Numeric.__coerce_pair(o, self)
      a - b
    end
  end

  def *(o)
    if o.is_a?(Complex)
      Complex.__new__(real * o.real - imaginary * o.imaginary, real * o.imaginary + imaginary * o.real)
    elsif o.is_a?(Numeric) && o.real?
      Complex.__new__(real * o, imaginary * o)
    else
      a, b = Numeric.__coerce_pair(o, self)
      a * b
    end
  end

  # CRuby's f_divide with quo: scaled by the larger part of the divisor.
  def /(o)
    if o.is_a?(Complex)
      flo = [real, imaginary, o.real, o.imaginary].any? { |x| x.is_a?(Float) }
      if o.real.abs > o.imaginary.abs
        r = o.imaginary.quo(o.real)
        n = o.real * (1 + r * r)
        x = (real + imaginary * r).quo(n)
        y = (imaginary - real * r).quo(n)
      else
        r = o.real.quo(o.imaginary)
        n = o.imaginary * (1 + r * r)
        x = (real * r + imaginary).quo(n)
        y = (imaginary * r - real).quo(n)
      end
      flo ? Complex.__new__(x, y) : Complex.__new__(Complex.__canon(x), Complex.__canon(y))
    elsif o.is_a?(Numeric) && o.real?
      Complex.__new__(Complex.__canon(real.quo(o)), Complex.__canon(imaginary.quo(o)))
    else
      a, b = Numeric.__coerce_pair(o, self)
      a / b
    end
  end
  alias quo /

  def fdiv(o) = Complex.__new__(real.fdiv(o), imaginary.fdiv(o))

  def **(o)
    if o.is_a?(Integer) || (o.is_a?(Rational) && o.denominator == 1) || (o.is_a?(Complex) && o.imaginary == 0 && o.real.is_a?(Integer))
      n = o.is_a?(Complex) ? o.real : (o.is_a?(Rational) ? o.numerator : o)
      return Complex.__new__(1, 0) if n == 0
      base = n > 0 ? self : Complex.__new__(1, 0) / self
      n = n.abs
      result = nil
      while n > 0
        result = result ? result * base : base if n.odd?
        n >>= 1
        base *= base if n > 0
      end
      return result
    end
    if o.is_a?(Complex)
      r, theta = polar
      lr = Math.log(r)
      nr = Math.exp(o.real * lr - o.imaginary * theta)
      na = theta * o.real + o.imaginary * lr
      return Complex.polar(nr, na)
    end
    if o.is_a?(Numeric) && o.real?
      r, theta = polar
      return Complex.polar(r**o, theta * o)
    end
    a, b = o.coerce(self)
    a**b
  end
  alias pow **

  def -@ = Complex.__new__(-real, -imaginary)
  def +@ = self
  def conjugate = Complex.__new__(real, -imaginary)
  alias conj conjugate
  def abs
    if real.zero?
      a = imaginary.abs
      real.is_a?(Float) && !imaginary.is_a?(Float) ? a.to_f : a
    elsif imaginary.zero?
      a = real.abs
      !real.is_a?(Float) && imaginary.is_a?(Float) ? a.to_f : a
    else
      Math.hypot(real, imaginary)
    end
  end
  alias magnitude abs
  def abs2 = real * real + imaginary * imaginary
  def arg = Math.atan2(imaginary.to_f, real.to_f)
  alias angle arg
  alias phase arg
  def polar = [abs, arg]

  def ==(o)
    if o.is_a?(Complex) then real == o.real && imaginary == o.imaginary
    elsif o.is_a?(Numeric) && o.real? then real == o && imaginary == 0
    else o == self
    end
  end

  def <=>(o)
    return nil unless imaginary == 0
    if o.is_a?(Complex)
      o.imaginary == 0 ? real <=> o.real : nil
    elsif o.is_a?(Numeric) && o.real?
      real <=> o
    end
  end

  def eql?(o) = o.is_a?(Complex) && real.eql?(o.real) && imaginary.eql?(o.imaginary)
  def hash = [real, imaginary, :complex].hash

  def coerce(o)
    if o.is_a?(Complex) then [o, self]
    elsif o.is_a?(Numeric) && o.real? then [Complex.__new__(o, 0), self]
    else raise TypeError, "#{o.class} can't be coerced into Complex"
    end
  end

  def zero? = real.zero? && imaginary.zero?
  def nonzero? = zero? ? nil : self
  def finite? = real.finite? && imaginary.finite?
  def infinite? = (real.infinite? || imaginary.infinite?) ? 1 : nil

  def __real_only(to)
    unless imaginary.is_a?(Integer) && imaginary == 0 || imaginary.is_a?(Rational) && imaginary == 0
      raise RangeError, "can't convert #{self} into #{to}"
    end
    real
  end

  def to_i = __real_only("Integer").to_i
  def to_f = __real_only("Float").to_f
  def to_r = __real_only("Rational").to_r
  def rationalize(eps = nil) = eps ? __real_only("Rational").rationalize(eps) : __real_only("Rational").rationalize
  def to_c = self

  # CRuby's f_format: real, sign, |imag|, "*" when |imag| does not end in a digit, "i".
  def __format(meth)
    im = imaginary
    neg = im.is_a?(Float) ? (1.0 / im < 0 || im < 0) : im < 0
    neg = false if im.is_a?(Float) && im.nan?
    body = (neg ? -im : im).__send__(meth)
    star = body.end_with?("0", "1", "2", "3", "4", "5", "6", "7", "8", "9") ? "" : "*"
    "#{real.__send__(meth)}#{neg ? '-' : '+'}#{body}#{star}i"
  end

  def to_s = __format(:to_s).__ascii
  def inspect = "(#{__format(:inspect)})".__ascii

  def denominator = real.denominator.lcm(imaginary.denominator)
  def numerator
    d = denominator
    Complex(real.numerator * (d / real.denominator), imaginary.numerator * (d / imaginary.denominator))
  end
end

module Kernel
  private

  def Complex(a, b = nil, exception: true)
    if b.nil?
      case a
      when Complex then return a
      when Numeric then return Complex.__new__(a, 0)
      when String
        c = Complex.__parse(a, true)
        return c if c
        raise ArgumentError, "invalid value for convert(): #{a.inspect}" if exception
        return nil
      when nil
        raise TypeError, "can't convert nil into Complex" if exception
        return nil
      else
        raise TypeError, "can't convert #{a.class} into Complex" if exception
        return nil
      end
    end
    a = Complex(a) if a.is_a?(String)
    b = Complex(b) if b.is_a?(String)
    return a + b * Complex::I if a.is_a?(Complex) || b.is_a?(Complex)
    Complex.__new__(a, b)
  end
end

class Numeric
  def real = self
  def imaginary = 0
  alias imag imaginary
  def real? = true
  def to_c = Complex.__new__(self, 0)
  def conjugate = self
  alias conj conjugate
  def rectangular = [self, 0]
  alias rect rectangular
  def abs2 = self * self

  def arg
    if is_a?(Float) && nan? then self
    elsif negative? || (is_a?(Float) && zero? && 1.0 / self < 0) then Math::PI
    else 0
    end
  end
  alias angle arg
  alias phase arg

  def polar = [abs, arg]
  def i = Complex.__new__(0, self)
end

class String
  def to_c = Complex.__parse(self, false)
end

class NilClass
  def to_c = Complex.__new__(0, 0)
end

# A Complex is not ordered: CRuby undefines Numeric's and Comparable's ordering methods.
class Complex
  %i[< <= > >= between? clamp % ceil div divmod floor i modulo negative? positive? remainder
     round step truncate].each { |m| undef_method(m) if method_defined?(m) }
end
