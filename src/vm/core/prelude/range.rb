# Range methods written in Ruby on top of the native core.
class Range
  def to_a
    raise RangeError, "cannot convert endless range to an array" if self.end.nil?
    out = []
    each { |x| out << x }
    out
  end
  alias entries to_a

  def first(*args)
    if args.empty?
      raise RangeError, "cannot get the first element of beginless range" if self.begin.nil?
      return self.begin
    end
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 1)" if args.size > 1
    n = __num2long(args[0])
    raise ArgumentError, "negative array size (or size too big)" if n < 0
    out = []
    return out if n == 0
    each do |x|
      out << x
      break if out.size >= n
    end
    out
  end

  def last(n = nil)
    raise RangeError, "cannot get the last element of endless range" if self.end.nil?
    return self.end if n.nil?
    to_a.last(n)
  end

  def min(*a, &b)
    raise RangeError, "cannot get the minimum of beginless range" if self.begin.nil?
    if b && self.end.nil?
      raise RangeError, "cannot get the minimum of endless range with custom comparison method"
    end
    return first(*a) if !b && !a.empty?  # as CRuby's range_min
    return self.begin if !b && self.end.nil?
    return super if b
    c = self.begin <=> self.end
    return nil if c.nil? || c > 0 || (c == 0 && exclude_end?)
    self.begin
  end

  def max(*a, &b)
    raise RangeError, "cannot get the maximum of endless range" if self.end.nil?
    if (b || !a.empty?) && self.begin.nil?
      raise RangeError, "cannot get the maximum of beginless range with custom comparison method"
    end
    if exclude_end? && !b && a.empty?
      raise TypeError, "cannot exclude non Integer end value" unless self.end.is_a?(Integer)
      raise TypeError, "cannot exclude end value with non Integer begin value" unless self.begin.is_a?(Integer)
    end
    return super if b || !a.empty?
    return exclude_end? ? self.end - 1 : self.end if self.begin.nil?
    c = self.begin <=> self.end
    return nil if c.nil? || c > 0 || (c == 0 && exclude_end?)
    exclude_end? ? self.end - 1 : self.end
  end

  def sum(init = 0)
    if !block_given? && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
      last = exclude_end? ? self.end - 1 : self.end
      return init if last < self.begin
      return init + (self.begin + last) * (last - self.begin + 1) / 2
    end
    super
  end

  def step(n = 1, &blk)
    if self.begin.is_a?(Numeric) || self.end.is_a?(Numeric)
      unless n.is_a?(Numeric)
        raise TypeError, "no implicit conversion of #{n.class} into Integer" if n.nil? || n.is_a?(String)
        n = n.to_int
      end
      raise ArgumentError, "step can't be 0" if n == 0
      seq = Enumerator::ArithmeticSequence.__new(self, n, :step)
      return seq unless blk
      seq.each(&blk)
      return self
    end
    n = n.to_int unless n.is_a?(Integer)
    raise ArgumentError, "step can't be negative" if n < 0
    raise ArgumentError, "step can't be 0" if n == 0
    return to_enum(:step, n) unless blk
    i = 0
    each do |x|
      blk.call(x) if i % n == 0
      i += 1
    end
    self
  end

  def %(n)
    seq = step(n)
    seq.instance_variable_set(:@__op, :%) if seq.is_a?(Enumerator::ArithmeticSequence)
    seq
  end

  def each_slice(n, &blk)
    super(n, &blk)
  end

  # inject/reduce over an Integer range with a Symbol operator or a block: a direct loop
  # (Enumerable's version takes a splat Array and a nested each call per element).
  def inject(*args, &blk)
    b = self.begin
    e = self.end
    op_form = args.size == 2 || (args.size == 1 && !blk)
    op = op_form ? args[-1] : nil
    unless b.is_a?(Integer) && e.is_a?(Integer) && args.size <= 2 && (!op_form || op.is_a?(Symbol))
      return super(*args, &blk)
    end
    e -= 1 if exclude_end?
    i = b
    if args.size == 2 || (args.size == 1 && blk)
      acc = args[0]
    else
      return nil if b > e
      acc = b
      i += 1
    end
    raise LocalJumpError, "no block given" unless op || blk || i > e
    while i <= e
      acc = op ? acc.public_send(op, i) : yield(acc, i)
      i += 1
    end
    acc
  end
  alias reduce inject

  def overlap?(other)
    raise TypeError, "wrong argument type #{other.class} (expected Range)" unless other.is_a?(Range)
    return false if __empty_range? || other.__empty_range?
    a_lo_ok = other.end.nil? || self.begin.nil? ||
              (other.exclude_end? ? (self.begin <=> other.end) < 0 : (self.begin <=> other.end) <= 0)
    b_lo_ok = self.end.nil? || other.begin.nil? ||
              (exclude_end? ? (other.begin <=> self.end) < 0 : (other.begin <=> self.end) <= 0)
    a_lo_ok && b_lo_ok
  end

  def __empty_range?
    return false if self.begin.nil? || self.end.nil?
    c = self.begin <=> self.end
    c.nil? || c > 0 || (c == 0 && exclude_end?)
  end

  def minmax(&blk)
    return super(&blk) if blk
    [min, max]
  end

  def count(*a, &b)
    return Float::INFINITY if a.empty? && !b && (self.begin.nil? || self.end.nil?)
    return size if a.empty? && !b && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
    super
  end

  def reverse_each(&blk)
    return to_enum(:reverse_each) { size } unless blk
    raise TypeError, "can't iterate from NilClass" if self.begin.nil?   # 3.1: no beginless
    if self.end.is_a?(Integer) && self.begin.is_a?(Integer)
      i = exclude_end? ? self.end - 1 : self.end
      while self.begin.nil? || i >= self.begin
        blk.call(i)
        i -= 1
      end
      return self
    end
    raise TypeError, "can't iterate from #{self.end.class}" if self.end.nil?
    to_a.reverse.each(&blk)
    self
  end

  def bsearch(&blk)
    return to_enum(:bsearch) unless blk
    lo = self.begin
    hi = self.end
    if lo.is_a?(Float) || hi.is_a?(Float)
      lo = lo.nil? ? -Float::INFINITY : lo.to_f
      hi = hi.nil? ? Float::INFINITY : hi.to_f
      found = nil
      200.times do
        break if lo > hi || (exclude_end? && lo >= hi)
        mid = lo == -Float::INFINITY || hi == Float::INFINITY ? (lo == -Float::INFINITY ? (hi == Float::INFINITY ? 0.0 : [hi * 2, -1.0].min) : [lo * 2, 1.0].max) : lo + (hi - lo) / 2.0
        r = blk.call(mid)
        if r == true || (r.is_a?(Numeric) && r == 0)
          return mid if r.is_a?(Numeric)
          found = mid
          break if hi == mid
          hi = mid
        elsif r.nil? || r == false || (r.is_a?(Numeric) && r > 0)
          break if lo == mid
          lo = mid.next_float
        else
          break if hi == mid
          hi = mid
        end
      end
      return found
    end
    unless (lo.nil? || lo.is_a?(Integer)) && (hi.nil? || hi.is_a?(Integer))
      raise TypeError, "can't do binary search for #{(lo.is_a?(Integer) ? hi : lo).class}"
    end
    if hi.nil?
      step = 1
      step *= 2 until (r = blk.call(lo + step)) == true || (r.is_a?(Numeric) && r <= 0)
      hi = lo + step
    else
      hi -= 1 if exclude_end?
    end
    if lo.nil?
      step = 1
      step *= 2 while (r = blk.call(hi - step)) == true || (r.is_a?(Numeric) && r < 0)
      lo = hi - step
    end
    found = nil
    while lo <= hi
      mid = lo + (hi - lo) / 2
      r = blk.call(mid)
      if r == true
        found = mid
        hi = mid - 1
      elsif r.nil? || r == false
        lo = mid + 1
      elsif r.is_a?(Numeric)
        return mid if r == 0
        if r < 0 then hi = mid - 1 else lo = mid + 1 end
      else
        raise TypeError, "wrong argument type #{r.class} (must be numeric, true, false or nil)"
      end
    end
    found
  end
end

class Enumerator
  # (1..10).step(3), 1.step(10, 3): a first value, a limit and a step.
  class ArithmeticSequence < Enumerator
    def self.__new(range, step, op, recv = nil, args = nil)
      s = allocate
      s.__init(range, step, op, recv, args)
      s
    end

    def __init(range, step, op, recv, args)
      @__range = range
      @__step = step
      @__op = op
      @__recv = recv
      @__argv = args
      seq = self
      __setup(Enumerator::Generator.new { |y| seq.each { |x| y << x } }, :each, [], nil)
    end

    def begin
      @__range.begin
    end

    def end
      @__range.end
    end

    def step
      @__step
    end

    def exclude_end?
      @__range.exclude_end?
    end

    def each
      return self unless block_given?
      b = self.begin
      e = self.end
      st = @__step
      if b.is_a?(Float) || e.is_a?(Float) || st.is_a?(Float)
        n = size
        if n == Float::INFINITY
          i = 0
          while true
            yield b + i * st
            i += 1
          end
        end
        i = 0
        while i < n
          v = b + i * st
          v = e if !exclude_end? && i == n - 1 && e && ((st > 0 && v > e) || (st < 0 && v < e))
          yield v
          i += 1
        end
        return self
      end
      v = b
      if st > 0
        while e.nil? || (exclude_end? ? v < e : v <= e)
          yield v
          v += st
        end
      else
        while e.nil? || (exclude_end? ? v > e : v >= e)
          yield v
          v += st
        end
      end
      self
    end

    def size
      b = self.begin
      e = self.end
      st = @__step
      return Float::INFINITY if e.nil?
      if b.is_a?(Float) || e.is_a?(Float) || st.is_a?(Float)
        n = (e - b) / st.to_f
        err = (b.abs + e.abs + (e - b).abs) / st.abs * Float::EPSILON
        err = 0.5 if err > 0.5
        if exclude_end?
          return 0 if n <= 0
          n = n < 1 ? 0 : (n - err).floor
          d = (n + 1) * st + b
          if b < e
            n += 1 if d < e
          elsif b > e
            n += 1 if d > e
          end
          return n + 1
        end
        return 0 if n < 0
        return (n + err).floor + 1
      end
      n = if st > 0
            return 0 if b > e
            (e - b) / st
          else
            return 0 if b < e
            (b - e) / -st
          end
      n += 1
      n -= 1 if exclude_end? && b + (n - 1) * st == e
      n
    end
    alias count size

    def first(n = nil)
      return super() if n.nil? && size > 0
      return nil if n.nil?
      super(n)
    end

    def last(n = nil)
      raise RangeError, "cannot get the last element of endless arithmetic sequence" if self.end.nil?
      a = to_a
      n ? a.last(n) : a.last
    end

    def to_a
      raise RangeError, "cannot convert endless range to an array" if self.end.nil?
      out = []
      each { |x| out << x }
      out
    end
    alias entries to_a

    def inspect
      if @__recv
        args = @__argv.flat_map do |a|
          a.is_a?(Hash) ? a.map { |k, v| "#{k}: #{v.inspect}" } : [a.inspect]
        end
        "(#{@__recv.inspect}.#{@__op}#{args.empty? ? '' : "(#{args.join(', ')})"})"
      else
        "((#{@__range.inspect}).#{@__op}(#{@__step.inspect}))"
      end
    end
    alias to_s inspect

    def ==(o)
      o.is_a?(ArithmeticSequence) && self.begin == o.begin && self.end == o.end &&
        step == o.step && exclude_end? == o.exclude_end?
    end
    alias eql? ==
    alias === ==

    def hash
      [self.begin, self.end, step, exclude_end?].hash
    end
  end
end

class Range
  alias __cover_value cover?

  # cover?(range) compares bounds; cover?(value) is the native comparison.
  def cover?(v)
    return __cover_value(v) unless v.is_a?(Range)
    b = v.begin
    e = v.end
    if b.nil?
      return false unless self.begin.nil?
    elsif !self.begin.nil?
      c = self.begin <=> b
      return false if c.nil? || c > 0
    end
    if e.nil?
      return self.end.nil?
    end
    return false if !b.nil? && !e.nil? && ((c = b <=> e).nil? || c > 0 || (c == 0 && v.exclude_end?))
    return true if self.end.nil?
    if v.exclude_end? && !exclude_end? && e.is_a?(Integer) && (b.nil? || b.is_a?(Integer)) && self.end.is_a?(Integer)
      return e - 1 <= self.end
    end
    c = e <=> self.end
    return false if c.nil?
    c < 0 || (c == 0 && (!exclude_end? || v.exclude_end?))
  end

  # include?/member? on String ranges iterate (as Enumerable#include?); others compare.
  def include?(v)
    if self.begin.is_a?(String) || self.end.is_a?(String)
      return false unless v.is_a?(String)
      return __cover_value(v) if self.begin.nil? || self.end.nil?
      each { |x| return true if x == v }
      return false
    end
    __cover_value(v)
  end
  alias member? include?
end
