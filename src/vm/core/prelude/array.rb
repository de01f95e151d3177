# Array methods written in Ruby on top of the native core.
class Array
  def each_with_index
    return to_enum(:each_with_index) unless block_given?
    i = 0
    while i < size
      yield self[i], i
      i += 1
    end
    self
  end

  def each_slice(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    return to_enum(:each_slice, n) unless block_given?
    i = 0
    while i < size
      yield self[i, n]
      i += n
    end
    self
  end

  def sum(init = 0)
    acc = init
    if block_given?
      each { |x| acc += yield(x) }
    else
      each { |x| acc += x }
    end
    acc
  end

  def zip(*others)
    out = []
    i = 0
    while i < size
      out << [self[i]] + others.map { |o| o.to_a[i] }
      i += 1
    end
    if block_given?
      out.each { |t| yield t }
      return nil
    end
    out
  end

  def transpose
    return [] if empty?
    n = self[0].size
    each do |row|
      raise IndexError, "element size differs (#{row.size} should be #{n})" if row.size != n
    end
    (0...n).map { |i| map { |row| row[i] } }
  end

  def product(*others)
    result = map { |x| [x] }
    others.each do |o|
      result = result.flat_map { |acc| o.map { |y| acc + [y] } }
    end
    result
  end

  def combination(k)
    return to_enum(:combination, k) unless block_given?
    n = size
    if k == 0
      yield []
    elsif k <= n
      idx = (0...k).to_a
      loop do
        yield idx.map { |i| self[i] }
        i = k - 1
        i -= 1 while i >= 0 && idx[i] == n - k + i
        break if i < 0
        idx[i] += 1
        (i + 1...k).each { |j| idx[j] = idx[j - 1] + 1 }
      end
    end
    self
  end

  def permutation(k = size, &blk)
    return to_enum(:permutation, k) unless blk
    __permute([], (0...size).to_a, k, &blk)
    self
  end

  def __permute(prefix, rest, k, &blk)
    if prefix.size == k
      blk.call(prefix.map { |i| self[i] })
      return
    end
    rest.each { |i| __permute(prefix + [i], rest - [i], k, &blk) }
  end
  private :__permute

  def each_cons(n)
    return to_enum(:each_cons, n) unless block_given?
    i = 0
    while i + n <= size
      yield self[i, n]
      i += 1
    end
    self
  end

  def min(n = nil, &blk)
    return sort(&blk).first(n) if n
    return nil if empty?
    best = self[0]
    i = 1
    while i < size
      v = self[i]
      best = v if (blk ? blk.call(v, best) : v <=> best) < 0
      i += 1
    end
    best
  end

  def max(n = nil, &blk)
    return sort(&blk).reverse.first(n) if n
    return nil if empty?
    best = self[0]
    i = 1
    while i < size
      v = self[i]
      best = v if (blk ? blk.call(v, best) : v <=> best) > 0
      i += 1
    end
    best
  end

  def sort_by!(&blk)
    replace(sort_by(&blk))
  end

  def take(n)
    raise ArgumentError, "attempt to take negative size" if n < 0
    self[0, n]
  end

  def drop(n)
    raise ArgumentError, "attempt to drop negative size" if n < 0
    self[n..-1] || []
  end

  def count(*args)
    return size if args.empty? && !block_given?
    n = 0
    if args.empty?
      each { |x| n += 1 if yield(x) }
    else
      each { |x| n += 1 if x == args[0] }
    end
    n
  end

  def assoc(key)
    each { |x| return x if x.is_a?(Array) && x[0] == key }
    nil
  end

  def dig(i, *rest)
    v = self[i]
    rest.empty? || v.nil? ? v : v.dig(*rest)
  end

  def &(other)
    h = {}
    other.each { |x| h[x] = true }
    uniq.select { |x| h[x] }
  end

  def |(other)
    (self + other).uniq
  end

  def union(*others)
    others.inject(self) { |a, o| a | o }
  end

  def intersection(*others)
    others.inject(self) { |a, o| a & o }
  end

  def intersect?(other)
    !(self & other).empty?
  end

  def sample
    self[rand(size)]
  end

  def shuffle
    dup.shuffle!
  end

  def shuffle!
    i = size - 1
    while i > 0
      j = rand(i + 1)
      self[i], self[j] = self[j], self[i]
      i -= 1
    end
    self
  end

  def values_at(*idx)
    idx.map { |i| self[i] }
  end

  def to_h(&blk)
    h = {}
    each do |v|
      v = blk.call(v) if blk
      raise TypeError, "wrong element type #{v.class} (expected array)" unless v.is_a?(Array)
      raise ArgumentError, "wrong array length (expected 2, was #{v.size})" unless v.size == 2
      h[v[0]] = v[1]
    end
    h
  end

  def bsearch
    lo = 0
    hi = size
    while lo < hi
      mid = (lo + hi) / 2
      r = yield self[mid]
      if r == true || (r.is_a?(Numeric) && r == 0)
        return self[mid] if r.is_a?(Numeric)
        hi = mid
      elsif r == false || r.nil? || (r.is_a?(Numeric) && r > 0)
        lo = mid + 1
      else
        hi = mid
      end
    end
    lo < size && yield(self[lo]) == true ? self[lo] : nil
  end

  def pack(fmt)
    raise NotImplementedError, "Array#pack is not supported yet"
  end

  def cycle(n = nil)
    return to_enum(:cycle, n) unless block_given?
    return nil if empty?
    if n
      n.times { each { |x| yield x } }
    else
      loop { each { |x| yield x } }
    end
    nil
  end

end
