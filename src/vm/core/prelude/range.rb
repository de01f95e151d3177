# Range methods written in Ruby on top of the native core.
class Range
  def to_a
    raise TypeError, "cannot convert endless range to an array" if self.end.nil?
    out = []
    each { |x| out << x }
    out
  end
  alias entries to_a
  alias to_ary to_a

  def first(n = nil)
    if n.nil?
      raise RangeError, "cannot get the first element of beginless range" if self.begin.nil?
      return self.begin
    end
    out = []
    return out if n == 0
    each do |x|
      out << x
      break if out.size >= n
    end
    out
  end

  def last(n = nil)
    return self.end if n.nil?
    to_a.last(n)
  end

  def min(*a, &b)
    return super if b || !a.empty?
    c = self.begin <=> self.end
    return nil if c.nil? || c > 0 || (c == 0 && exclude_end?)
    self.begin
  end

  def max(*a, &b)
    return super if b || !a.empty?
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

  def step(n = 1)
    return to_enum(:step, n) unless block_given?
    if self.begin.is_a?(Integer) && n.is_a?(Integer)
      i = self.begin
      while self.end.nil? || (exclude_end? ? i < self.end : i <= self.end)
        yield i
        i += n
      end
    else
      i = 0
      v = self.begin
      while self.end.nil? || (exclude_end? ? v < self.end : v <= self.end)
        yield v
        i += 1
        v = self.begin + i * n
      end
    end
    self
  end
  alias % step

  def count(*a, &b)
    return size if a.empty? && !b && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
    super
  end

  def reverse_each(&blk)
    to_a.reverse.each(&blk)
    self
  end
end
