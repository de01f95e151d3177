# bigdecimal: BigDecimal (bigdecimal 3.1.1), decimal floating point of any precision on
# Integer: value = sign * coefficient * 10**exponent, or NaN / +-Infinity / -0.
# +, -, * are exact; / keeps the digits CRuby's word-based division keeps (words of 9
# digits, at least 6 of them); rounding modes, to_s formats and conversions as CRuby's.
class BigDecimal < Numeric
  VERSION = "3.1.1"
  BASE = 1_000_000_000
  EXCEPTION_ALL = 0xff
  EXCEPTION_NaN = 0x02
  EXCEPTION_INFINITY = 0x01
  EXCEPTION_UNDERFLOW = 0x04
  EXCEPTION_OVERFLOW = 0x01
  EXCEPTION_ZERODIVIDE = 0x10
  ROUND_MODE = 0x100
  ROUND_UP = 1
  ROUND_DOWN = 2
  ROUND_HALF_UP = 3
  ROUND_HALF_DOWN = 4
  ROUND_CEILING = 5
  ROUND_FLOOR = 6
  ROUND_HALF_EVEN = 7
  SIGN_NaN = 0
  SIGN_POSITIVE_ZERO = 1
  SIGN_NEGATIVE_ZERO = -1
  SIGN_POSITIVE_FINITE = 2
  SIGN_NEGATIVE_FINITE = -2
  SIGN_POSITIVE_INFINITE = 3
  SIGN_NEGATIVE_INFINITE = -3

  ROUND_NAMES = { up: ROUND_UP, down: ROUND_DOWN, truncate: ROUND_DOWN, half_up: ROUND_HALF_UP,
                  default: ROUND_HALF_UP, half_down: ROUND_HALF_DOWN, half_even: ROUND_HALF_EVEN,
                  banker: ROUND_HALF_EVEN, ceiling: ROUND_CEILING, ceil: ROUND_CEILING,
                  floor: ROUND_FLOOR }.freeze
  private_constant :ROUND_NAMES

  @rounding_mode = ROUND_HALF_UP
  @exception_mode = 0
  @limit = 0

  class << self
    undef_method :new

    # mode(ROUND_MODE[, mode]) reads or sets the rounding mode; mode(EXCEPTION_*, flag)
    # the exception flags (kept, not acted on: results are NaN/Infinity as by default).
    def mode(which, value = :__none)
      if which == ROUND_MODE
        @rounding_mode = rounding_mode_of(value) unless value == :__none
        return @rounding_mode
      end
      unless value == :__none
        raise ArgumentError, "second argument must be true or false" unless [true, false, nil].include?(value)
        @exception_mode = value ? (@exception_mode | which) : (@exception_mode & ~which)
      end
      @exception_mode & which
    end

    def rounding_mode_of(value)
      return ROUND_NAMES.fetch(value) { raise ArgumentError, "invalid rounding mode" } if value.is_a?(Symbol)
      return value if value.is_a?(Integer) && (ROUND_UP..ROUND_HALF_EVEN).cover?(value)
      return @rounding_mode if value.nil?
      raise ArgumentError, "invalid rounding mode"
    end

    def limit(n = nil)
      old = @limit
      unless n.nil?
        raise ArgumentError, "argument must be positive" if n.negative?
        @limit = n
      end
      old
    end

    def double_fig
      16
    end

    def save_rounding_mode
      saved = @rounding_mode
      yield
    ensure
      @rounding_mode = saved
    end

    def save_exception_mode
      saved = @exception_mode
      yield
    ensure
      @exception_mode = saved
    end

    def save_limit
      saved = @limit
      yield
    ensure
      @limit = saved
    end

    def _load(str)
      BigDecimal(str.split(":", 2).last)
    end

    def interpret_loosely(str)
      BigDecimal.parse_number(str.to_s, true) || BigDecimal.make(1, 0, 0)
    end

    # Internal constructor: sign, coefficient, exponent (or kind :nan / :inf).
    def make(sign, coef, exp, kind = :finite)
      obj = allocate
      obj.send(:setup, sign, coef, exp, kind)
      obj
    end

    # Parses CRuby's BigDecimal() syntax: [+-]digits[.digits][e[+-]digits] with "_"
    # between digits, surrounding spaces, NaN, [+-]Infinity. Loose: a valid prefix.
    def parse_number(str, loose = false)
      s = loose ? str.lstrip : str.strip
      case s
      when "NaN" then return make(1, 0, 0, :nan)
      when "Infinity", "+Infinity" then return make(1, 0, 0, :inf)
      when "-Infinity" then return make(-1, 0, 0, :inf)
      end
      re = /\A([+-])?(\d(?:_?\d)*)?(?:\.(\d(?:_?\d)*))?(?:[eEdD]([+-]?\d+))?/
      m = re.match(s)
      return nil unless m && (m[2] || m[3])
      return nil if !loose && m.post_match != ""
      return nil if !loose && s =~ /\A[+-]?\d[\d_]*\.(?:[eEdD]|\z)/
      int = (m[2] || "").delete("_")
      frac = (m[3] || "").delete("_")
      coef = (int + frac).to_i
      exp = m[4].to_i - frac.size
      make(m[1] == "-" ? -1 : 1, coef, exp)
    end
  end

  def setup(sign, coef, exp, kind)
    @sign = sign
    @kind = kind
    if kind == :finite && coef.zero?
      @coef = 0
      @exp = 0
    elsif kind == :finite
      while (coef % 10).zero?
        coef /= 10
        exp += 1
      end
      @coef = coef
      @exp = exp
    else
      @coef = 0
      @exp = 0
    end
    freeze
  end
  private :setup

  attr_reader :coef, :exp, :kind
  protected :coef, :exp, :kind

  # --- predicates -----------------------------------------------------------------

  def nan? = @kind == :nan
  def finite? = @kind == :finite
  def zero? = finite? && @coef.zero?

  def infinite?
    @kind == :inf ? @sign : nil
  end

  def nonzero?
    zero? ? nil : self
  end

  def positive? = !nan? && @sign > 0 && !zero?
  def negative? = !nan? && @sign < 0 && !zero?

  def sign
    return SIGN_NaN if nan?
    return @sign * 3 if @kind == :inf
    return @sign if zero?
    @sign * 2
  end

  # --- digits ---------------------------------------------------------------------

  # The significant digits and the decimal exponent E of 0.DIGITS * 10**E.
  def digits_and_exponent
    d = @coef.to_s
    [d, @exp + d.size]
  end
  private :digits_and_exponent

  def exponent
    return 0 if !finite? || zero?
    digits_and_exponent[1]
  end

  def n_significant_digits
    return 0 if !finite? || zero?
    @coef.to_s.size
  end

  def precision
    return 0 if !finite? || zero?
    d, e = digits_and_exponent
    if e >= d.size then e
    elsif e <= 0 then d.size - e
    else d.size
    end
  end

  def scale
    return 0 if !finite? || zero?
    @exp.negative? ? -@exp : 0
  end

  def precision_scale
    [precision, scale]
  end

  # Words of 9 digits before the point, and words holding the digits (CRuby's layout).
  def word_layout
    return [0, 1] if !finite? || zero?
    d, e = digits_and_exponent
    ew = (e + 8).div(9)
    [ew, (ew * 9 - e + d.size + 8) / 9]
  end
  protected :word_layout

  def precs
    warn "BigDecimal#precs is deprecated and will be removed in the future; use BigDecimal#precision instead.", uplevel: 1
    w = word_layout[1]
    [w * 9, (w + 2) * 9]
  end

  def split
    return [0, "NaN", 10, 0] if nan?
    return [@sign, "Infinity", 10, 0] if @kind == :inf
    return [@sign, "0", 10, 0] if zero?
    d, e = digits_and_exponent
    [@sign, d, 10, e]
  end

  # --- conversion -----------------------------------------------------------------

  def to_s(fmt = "")
    fmt = fmt.to_s if fmt.is_a?(Integer)
    plus = fmt.start_with?("+") ? "+" : (fmt.start_with?(" ") ? " " : "")
    group = fmt[/\d+/].to_i
    return "NaN" if nan?
    return (@sign > 0 ? plus + "Infinity" : "-Infinity") if @kind == :inf
    return (@sign > 0 ? plus + "0.0" : "-0.0") if zero?
    head = @sign < 0 ? "-" : plus
    d, e = digits_and_exponent
    if fmt =~ /F/i
      int, frac =
        if e <= 0 then ["0", "0" * -e + d]
        elsif e >= d.size then [d + "0" * (e - d.size), "0"]
        else [d[0, e], d[e..]]
        end
      int = group_digits(int, group) if group > 0
      frac = group_digits(frac, group) if group > 0
      "#{head}#{int}.#{frac}"
    else
      d = group_digits(d, group) if group > 0
      "#{head}0.#{d}e#{e}"
    end
  end

  def group_digits(s, n)
    s.scan(/.{1,#{n}}/).join(" ")
  end
  private :group_digits

  def inspect = to_s

  def to_digits
    return to_s if !finite?
    to_s("F")
  end

  def to_i
    raise FloatDomainError, "Computation results in '#{nan? ? "NaN" : (@sign > 0 ? "Infinity" : "-Infinity")}'#{nan? ? " (Not a Number)" : ""}" unless finite?
    v = @exp >= 0 ? @coef * 10**@exp : @coef / 10**-@exp
    @sign * v
  end
  alias to_int to_i

  def to_f
    return Float::NAN if nan?
    return @sign * Float::INFINITY if @kind == :inf
    return @sign > 0 ? 0.0 : -0.0 if zero?
    e = exponent
    return @sign * Float::INFINITY if e > 400
    return @sign > 0 ? 0.0 : -0.0 if e < -400
    f = to_s.to_f
    f.zero? && @sign < 0 ? -0.0 : f
  end

  def to_r
    raise FloatDomainError, "Computation results in '#{nan? ? "NaN" : "Infinity"}'" unless finite?
    @sign * (@exp >= 0 ? Rational(@coef * 10**@exp) : Rational(@coef, 10**-@exp))
  end

  def to_d = self

  def hash
    [@kind, @sign, @coef, @exp].hash
  end

  def _dump(_level = nil)
    "#{word_layout[1] * 9}:#{to_s}"
  end

  def coerce(other)
    [BigDecimal.convert(other, self), self]
  end

  # --- arithmetic -----------------------------------------------------------------

  def -@
    finite? || @kind == :inf ? BigDecimal.make(-@sign, @coef, @exp, @kind) : self
  end

  def +@ = self

  def abs
    nan? ? self : BigDecimal.make(1, @coef, @exp, @kind)
  end

  def +(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :+) unless b
    add_values(b, 1)
  end

  def -(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :-) unless b
    add_values(b, -1)
  end

  def *(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :*) unless b
    return nan_value if nan? || b.nan?
    s = @sign * b.sign_unit
    if @kind == :inf || b.kind == :inf
      return nan_value if zero? || b.zero?
      return BigDecimal.make(s, 0, 0, :inf)
    end
    BigDecimal.make(s, @coef * b.coef, @exp + b.exp).limited
  end

  def /(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :/) unless b
    special = divide_special(b)
    return special if special
    n = [precision, b.precision].max
    words = [6, (n + 27) / 9].max
    frac_words = words - (word_layout[0] - b.word_layout[0] + 2)
    q = quotient_at(b, 9 * frac_words, ROUND_DOWN)
    # CRuby rounds by the leading words of the remainder and the divisor alone.
    rem = abs - q.abs * b.abs
    return q if rem.zero?
    v = BASE * rem.leading_word / b.leading_word
    up = case BigDecimal.mode(ROUND_MODE)
         when ROUND_UP then v.positive?
         when ROUND_HALF_UP then v >= BASE / 2
         when ROUND_HALF_DOWN then v > BASE / 2
         when ROUND_HALF_EVEN then v > BASE / 2 || (v == BASE / 2 && q.coef.odd?)
         when ROUND_CEILING then v.positive? && q.sign_unit > 0
         when ROUND_FLOOR then v.positive? && q.sign_unit < 0
         else false
         end
    up ? q + BigDecimal.make(q.sign_unit, 1, -9 * frac_words) : q
  end

  # The first 9-digit word of the value as CRuby stores it (words aligned on the point).
  def leading_word
    d, e = digits_and_exponent
    pad = (e + 8).div(9) * 9 - e
    ("0" * pad + d)[0, 9].ljust(9, "0").to_i
  end
  protected :leading_word

  def quo(other, digits = nil)
    return self / other if digits.nil? || digits.zero?
    div(other, digits)
  end

  def div(other, digits = nil)
    if digits.nil?
      q, = divmod(other)
      return q.to_i
    end
    raise ArgumentError, "negative precision" if digits.negative?
    return self / other if digits.zero?
    b = BigDecimal.convert(other, self, digits)
    special = divide_special(b)
    return special if special
    places = digits - (exponent - b.exponent) + 2
    quotient_at(b, places, ROUND_DOWN).round_sig(digits, BigDecimal.mode(ROUND_MODE))
  end

  def %(other)
    divmod(other)[1]
  end
  alias modulo %

  def divmod(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :divmod) unless b
    return [nan_value, nan_value] if nan? || b.nan? || (@kind == :inf && b.kind == :inf)
    raise ZeroDivisionError, "divided by 0" if b.zero?
    if @kind == :inf
      return [BigDecimal.make(@sign * b.sign_unit, 0, 0, :inf), nan_value]
    end
    return [BigDecimal.make(1, 0, 0), self] if b.kind == :inf
    return [BigDecimal.make(1, 0, 0), BigDecimal.make(1, 0, 0)] if zero?
    q = (to_r / b.to_r).floor
    m = self - BigDecimal(q) * b
    [BigDecimal(q), m]
  end

  def remainder(other)
    b = BigDecimal.convert(other, self)
    return coerced(other, :remainder) unless b
    return nan_value if nan? || b.nan? || @kind == :inf
    return self if b.kind == :inf
    q = (to_r / b.to_r).truncate
    self - BigDecimal(q) * b
  end

  def add(other, digits)
    limit_op(digits) { self + other }
  end

  def sub(other, digits)
    limit_op(digits) { self - other }
  end

  def mult(other, digits)
    limit_op(digits) { self * other }
  end

  def **(other)
    power(other)
  end

  # self**n: exact for a positive Integer n; 1/self**-n for a negative one; other
  # exponents through Float (16 digits), 0.5 through sqrt.
  def power(n, prec = nil)
    return nan_value if nan?
    unless n.is_a?(Integer)
      x = BigDecimal.convert(n, self)
      raise TypeError, "wrong argument type #{n.class} (expected scalar Numeric)" unless x
      if x.finite? && x.frac.zero?
        n = x.to_i
      else
        raise Math::DomainError, "Computation results in complex number" if negative?
        return sqrt(prec || 16) if x == BigDecimal.make(1, 5, -1)
        return BigDecimal(to_f**x.to_f, 16)
      end
    end
    return BigDecimal.make(1, 1, 0) if n.zero?
    unless finite?
      return BigDecimal.make(1, 0, 0) if n.negative?
      return BigDecimal.make(n.odd? ? @sign : 1, 0, 0, :inf)
    end
    return BigDecimal.make(@sign, 0, 0, :inf) if zero? && n.negative?
    r = BigDecimal.make(n.odd? ? @sign : 1, @coef**n.abs, @exp * n.abs)
    r = BigDecimal.make(1, 1, 0).div(r, prec || [r.precision, 9].max * 3) if n.negative?
    prec ? r.round_sig(prec, BigDecimal.mode(ROUND_MODE)) : r
  end

  # The square root with at least +n+ significant digits.
  def sqrt(n = 0)
    raise FloatDomainError, "sqrt of negative value" if negative?
    raise FloatDomainError, "sqrt of 'NaN'(Not a Number)" if nan?
    return self if zero? || @kind == :inf
    digits = [n.to_i, 16].max + 1
    shift = 2 * digits - (@coef.to_s.size - (@exp.odd? ? 1 : 0))
    shift += 1 if (@exp - shift).odd?
    shift = 0 if shift.negative? && (@exp - shift).odd?
    root = Integer.sqrt(@coef * 10**shift)
    BigDecimal.make(1, root, (@exp - shift) / 2).round_sig(digits, ROUND_DOWN)
  end

  # --- comparison -----------------------------------------------------------------

  def <=>(other)
    b = BigDecimal.convert(other, self)
    return nil if b.nil? || nan? || b.nan?
    a_key = order_key
    b_key = b.order_key
    a_key <=> b_key
  end

  def order_key
    return [@sign * 2] if @kind == :inf
    return [0] if zero?
    [@sign, @sign * to_r]
  end
  protected :order_key

  def ==(other)
    r = (self <=> other)
    r.nil? ? false : r.zero?
  end
  alias === ==
  alias eql? ==

  %i[< <= > >=].each do |op|
    define_method(op) do |other|
      r = (self <=> other)
      if r.nil? && !(nan? || (other.respond_to?(:nan?) && other.nan?))
        shown = [nil, true, false].include?(other) || other.is_a?(Integer) || other.is_a?(Float) || other.is_a?(Symbol) ? other.inspect : other.class
        raise ArgumentError, "comparison of BigDecimal with #{shown} failed"
      end
      r.nil? ? false : r.send(op, 0)
    end
  end

  # --- rounding -------------------------------------------------------------------

  def round(*args)
    mode = BigDecimal.mode(ROUND_MODE)
    n = 0
    to_int = true
    opts = args.last.is_a?(Hash) ? args.pop : nil
    if opts && opts.key?(:half)
      mode = { up: ROUND_HALF_UP, down: ROUND_HALF_DOWN, even: ROUND_HALF_EVEN, nil => mode }.fetch(opts[:half]) do
        raise ArgumentError, "invalid rounding mode (#{opts[:half].inspect})"
      end
    end
    case args.size
    when 0
      to_int = opts.nil?
    when 1
      n = args[0].to_int
      to_int = n < 1 && opts.nil?
    else
      n = args[0].to_int
      mode = BigDecimal.rounding_mode_of(args[1])
      to_int = false
    end
    r = round_places(n, mode)
    to_int ? r.to_i : r
  end

  def truncate(n = nil)
    n.nil? ? round_places(0, ROUND_DOWN).to_i : round_places(n, ROUND_DOWN)
  end

  def fix
    return self unless finite?
    round_places(0, ROUND_DOWN)
  end

  def frac
    return self unless finite?
    self - fix
  end

  def floor(n = nil)
    n.nil? ? round_places(0, ROUND_FLOOR).to_i : round_places(n, ROUND_FLOOR)
  end

  def ceil(n = nil)
    n.nil? ? round_places(0, ROUND_CEILING).to_i : round_places(n, ROUND_CEILING)
  end

  # Rounded to +n+ digits after the point (before it when negative).
  def round_places(n, mode)
    return self unless finite?
    return self if zero? || -@exp <= n
    drop = -@exp - n
    q, r = @coef.divmod(10**drop)
    q += 1 if round_up?(q, r, 10**drop, mode)
    BigDecimal.make(@sign, q, -n)
  end
  protected :round_places

  # Rounded to +n+ significant digits.
  def round_sig(n, mode)
    return self if !finite? || zero? || n <= 0
    len = @coef.to_s.size
    return self if len <= n
    drop = len - n
    q, r = @coef.divmod(10**drop)
    q += 1 if round_up?(q, r, 10**drop, mode)
    BigDecimal.make(@sign, q, @exp + drop)
  end
  protected :round_sig

  def limited
    lim = BigDecimal.limit
    lim.positive? ? round_sig(lim, BigDecimal.mode(ROUND_MODE)) : self
  end
  protected :limited

  def sign_unit = @sign
  protected :sign_unit

  # Converts an operand: BigDecimal, Integer, Float (shortest digits), Rational (to
  # the receiver's word precision); nil when it is none of them.
  def self.convert(v, base, digits = nil)
    case v
    when BigDecimal then v
    when Integer then make(v.negative? ? -1 : 1, v.abs, 0)
    when Float
      return make(1, 0, 0, :nan) if v.nan?
      return make(v.negative? ? -1 : 1, 0, 0, :inf) if v.infinite?
      r = BigDecimal(v.to_s.sub(/\.0\z/, ""))
      digits && digits < 16 ? r.send(:round_sig, digits, mode(ROUND_MODE)) : r
    when Rational
      BigDecimal(v, digits || base.send(:word_layout)[1] * 9)
    end
  end

  private

  def nan_value = BigDecimal.make(1, 0, 0, :nan)

  def coerced(other, op)
    raise TypeError, "#{other.class} can't be coerced into BigDecimal" unless other.respond_to?(:coerce)
    a, b = other.coerce(self)
    a.send(op, b)
  end

  def limit_op(digits)
    raise ArgumentError, "negative precision" if digits.negative?
    r = yield
    digits.zero? ? r : r.round_sig(digits, BigDecimal.mode(ROUND_MODE))
  end

  def add_values(b, dir)
    return nan_value if nan? || b.nan?
    bs = b.sign_unit * dir
    if @kind == :inf || b.kind == :inf
      return nan_value if @kind == :inf && b.kind == :inf && @sign != bs
      return @kind == :inf ? self : BigDecimal.make(bs, 0, 0, :inf)
    end
    return (dir > 0 ? b : -b) if zero? && !b.zero?
    return self if b.zero? && !zero?
    return BigDecimal.make(@sign < 0 && bs < 0 ? -1 : 1, 0, 0) if zero?
    e = [@exp, b.exp].min
    v = @sign * @coef * 10**(@exp - e) + bs * b.coef * 10**(b.exp - e)
    BigDecimal.make(v.negative? ? -1 : 1, v.abs, e).limited
  end

  def divide_special(b)
    return nan_value if nan? || b.nan?
    s = @sign * b.sign_unit
    if @kind == :inf
      return nan_value if b.kind == :inf
      return BigDecimal.make(s, 0, 0, :inf)
    end
    return BigDecimal.make(s, 0, 0) if b.kind == :inf
    if b.zero?
      return nan_value if zero?
      return BigDecimal.make(s, 0, 0, :inf)
    end
    return BigDecimal.make(s, 0, 0) if zero?
    nil
  end

  # |self / b| truncated to +places+ digits after the point, then rounded by the rest.
  def quotient_at(b, places, mode)
    num = @coef
    den = b.coef
    shift = places + @exp - b.exp
    shift >= 0 ? num *= 10**shift : den *= 10**-shift
    q, r = num.divmod(den)
    s = @sign * b.sign_unit
    q += 1 if round_up?(q, r, den, mode, s)
    BigDecimal.make(s, q, -places).limited
  end

  # Whether a truncated quotient q with remainder r (of divisor d) rounds away from 0.
  def round_up?(q, r, d, mode, sign = @sign)
    return false if r.zero?
    case mode
    when ROUND_DOWN then false
    when ROUND_UP then true
    when ROUND_HALF_UP then 2 * r >= d
    when ROUND_HALF_DOWN then 2 * r > d
    when ROUND_HALF_EVEN then 2 * r > d || (2 * r == d && q.odd?)
    when ROUND_CEILING then sign > 0
    when ROUND_FLOOR then sign < 0
    end
  end
end

module Kernel
  private

  # BigDecimal(value[, digits], exception: true)
  def BigDecimal(value, digits = nil, exception: true)
    case value
    when BigDecimal
      value
    when Integer
      BigDecimal.make(value.negative? ? -1 : 1, value.abs, 0)
    when Float
      raise ArgumentError, "can't omit precision for a #{value.class}." if digits.nil?
      raise ArgumentError, "precision too large." if digits > 16
      return BigDecimal.convert(value, nil) if value.nan? || value.infinite?
      r = Rational(value)
      digits.zero? ? BigDecimal.convert(value, nil) : BigDecimal(r.numerator).div(r.denominator, digits)
    when Rational
      raise ArgumentError, "can't omit precision for a #{value.class}." if digits.nil?
      BigDecimal(value.numerator).div(value.denominator, digits)
    when nil
      raise TypeError, "can't convert nil into BigDecimal"
    else
      str = value.respond_to?(:to_str) ? value.to_str : nil
      raise TypeError, "can't convert #{value.class} into BigDecimal" unless str
      r = BigDecimal.parse_number(str)
      unless r
        return nil unless exception
        raise ArgumentError, "invalid value for BigDecimal(): #{str.inspect}"
      end
      r
    end
  end
  module_function :BigDecimal
end
