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

  def transpose
    return [] if empty?
    rows = map do |row|
      Array.try_convert(row) or raise TypeError, "no implicit conversion of #{row.nil? ? 'nil' : row.class} into Array"
    end
    n = rows[0].size
    rows.each do |row|
      raise IndexError, "element size differs (#{row.size} should be #{n})" if row.size != n
    end
    (0...n).map { |i| rows.map { |row| row[i] } }
  end


  def take(n)
    n = __num2long(n)
    raise ArgumentError, "attempt to take negative size" if n < 0
    self[0, n]
  end

  def drop(n)
    n = __num2long(n)
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
    return v if rest.empty? || v.nil?
    raise TypeError, "#{v.class} does not have #dig method" unless v.respond_to?(:dig)
    v.dig(*rest)
  end

  def &(other)
    other = __to_ary(other)
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
    !(self & __to_ary(other)).empty?
  end

  def values_at(*idx)
    out = []
    idx.each do |i|
      if i.is_a?(Range)
        b = i.begin.nil? ? 0 : i.begin
        b += size if b < 0
        e = i.end.nil? ? size - 1 : i.end
        e += size if e < 0
        e -= 1 if i.exclude_end? && !i.end.nil?
        next if b < 0
        (b..e).each { |k| out << self[k] }
      else
        out << self[i]
      end
    end
    out
  end

  # a[(0..).step(2)]: an ArithmeticSequence index (Array#[] calls this).
  def __aseq_slice(seq)
    st = seq.step
    sub = self[Range.new(seq.begin, seq.end, seq.exclude_end?)]
    return nil if sub.nil?
    sub = sub.reverse if st < 0
    st = st.abs
    out = []
    i = 0
    while i < sub.size
      out << sub[i]
      i += st
    end
    out
  end

  def to_h(&blk)
    h = {}
    each_with_index do |v, i|
      v = blk.call(v) if blk
      raise TypeError, "wrong element type #{v.class} at #{i} (expected array)" unless v.is_a?(Array)
      raise ArgumentError, "wrong array length at #{i} (expected 2, was #{v.size})" unless v.size == 2
      h[v[0]] = v[1]
    end
    h
  end

end

class Array
  # Pattern matching: an Array deconstructs to itself.
  def deconstruct
    self
  end
  def zip(*others, &blk)
    others = others.map do |o|
      if o.is_a?(Array) then o
      elsif o.respond_to?(:each) then o.to_enum(:each)
      elsif o.respond_to?(:to_ary) then o.to_ary
      else raise TypeError, "wrong argument type #{o.class} (must respond to :each)"
      end
    end
    out = []
    i = 0
    n = size
    while i < n
      row = [self[i]]
      others.each do |o|
        if o.is_a?(Array)
          row << o[i]
        else
          row << begin; o.next; rescue StopIteration; nil; end
        end
      end
      if blk then blk.call(row) else out << row end
      i += 1
    end
    blk ? nil : out
  end

  def product(*others)
    others = others.map { |o| o.to_ary }
    result = [[]]
    ([self] + others).each do |pool|
      result = result.flat_map { |acc| pool.map { |y| acc + [y] } }
    end
    if block_given?
      result.each { |r| yield r }
      return self
    end
    result
  end

  def combination(k)
    k = __num2long(k)
    return to_enum(:combination, k) { __binom(size, k) } unless block_given?
    n = size
    if k == 0
      yield []
    elsif k > 0 && k <= n
      idx = (0...k).to_a
      while true
        yield idx.map { |i| self[i] }
        i = k - 1
        i -= 1 while i >= 0 && idx[i] == n - k + i
        break if i < 0
        idx[i] += 1
        j = i + 1
        while j < k
          idx[j] = idx[j - 1] + 1
          j += 1
        end
      end
    end
    self
  end

  def __binom(n, k)
    return 0 if k < 0 || k > n
    r = 1
    (1..k).each { |i| r = r * (n - k + i) / i }
    r
  end
  private :__binom

  def permutation(k = size, &blk)
    unless blk
      return to_enum(:permutation, k) do
        n = size
        k < 0 || k > n ? 0 : (0...k).inject(1) { |a, i| a * (n - i) }
      end
    end
    return self if k < 0 || k > size
    snapshot = dup
    __permute([], (0...size).to_a, k, snapshot, &blk)
    self
  end

  def __permute(prefix, rest, k, src, &blk)
    if prefix.size == k
      blk.call(prefix.map { |i| src[i] })
      return
    end
    rest.each { |i| __permute(prefix + [i], rest - [i], k, src, &blk) }
  end
  private :__permute

  def repeated_combination(k, &blk)
    return to_enum(:repeated_combination, k) { k < 0 ? 0 : __binom(size + k - 1, k) } unless blk
    src = dup
    n = src.size
    if k == 0
      blk.call([])
    elsif k > 0 && n > 0
      idx = [0] * k
      while true
        blk.call(idx.map { |i| src[i] })
        i = k - 1
        i -= 1 while i >= 0 && idx[i] == n - 1
        break if i < 0
        v = idx[i] + 1
        (i...k).each { |j| idx[j] = v }
      end
    end
    self
  end

  def repeated_permutation(k, &blk)
    return to_enum(:repeated_permutation, k) { k < 0 ? 0 : size**k } unless blk
    src = dup
    n = src.size
    if k == 0
      blk.call([])
    elsif k > 0 && n > 0
      idx = [0] * k
      while true
        blk.call(idx.map { |i| src[i] })
        i = k - 1
        i -= 1 while i >= 0 && idx[i] == n - 1
        break if i < 0
        idx[i] += 1
        ((i + 1)...k).each { |j| idx[j] = 0 }
      end
    end
    self
  end

  def rotate!(n = 1)
    replace(rotate(n))
  end

  def rassoc(key)
    each { |x| return x if x.is_a?(Array) && x.size > 1 && x[1] == key }
    nil
  end

  def sort_by!(&blk)
    return to_enum(:sort_by!) { size } unless blk
    replace(sort_by(&blk))
  end

  def min(n = nil, &blk)
    return sort(&blk).first(Enumerable.__nmin_count(n)) if n
    return nil if empty?
    best = self[0]
    i = 1
    while i < size
      v = self[i]
      if blk
        best = v if Enumerable.__blk_cmp(blk, v, best) < 0
      elsif (best.is_a?(String) && !v.is_a?(String) ? -Enumerable.__cmp(v, best) : Enumerable.__cmp(best, v)) > 0
        best = v
      end
      i += 1
    end
    best
  end

  def max(n = nil, &blk)
    return sort(&blk).reverse.first(Enumerable.__nmin_count(n)) if n
    return nil if empty?
    best = self[0]
    i = 1
    while i < size
      v = self[i]
      if blk
        best = v if Enumerable.__blk_cmp(blk, v, best) > 0
      elsif (best.is_a?(String) && !v.is_a?(String) ? -Enumerable.__cmp(v, best) : Enumerable.__cmp(best, v)) < 0
        best = v
      end
      i += 1
    end
    best
  end

  def minmax(&blk)
    [min(&blk), max(&blk)]
  end

  def bsearch(&blk)
    return to_enum(:bsearch) unless blk
    i = bsearch_index(&blk)
    i && self[i]
  end

  def bsearch_index
    return to_enum(:bsearch_index) unless block_given?
    lo = 0
    hi = size
    found = nil
    while lo < hi
      mid = lo + (hi - lo) / 2
      r = yield self[mid]
      if r == true
        found = mid
        hi = mid
      elsif r.nil? || r == false
        lo = mid + 1
      elsif r.is_a?(Numeric)
        return mid if r == 0
        if r < 0 then hi = mid else lo = mid + 1 end
      else
        raise TypeError, "wrong argument type #{r.class} (must be numeric, true, false or nil)"
      end
    end
    found
  end

  # sample and shuffle draw indices as CRuby 3.1 does (Random.__upto), so a seeded
  # generator picks the same elements.
  def sample(n = nil, random: Random)
    len = size
    if n.nil?
      return nil if len == 0
      return self[len < 2 ? 0 : Random.__upto(random, len)]
    end
    n = Integer === n ? n : Kernel.Integer(n.to_int)
    raise ArgumentError, "negative sample number" if n < 0
    n = len if n > len
    rnds = n <= 10 ? Array.new(n) { |i| Random.__upto(random, len - i) } : nil
    case n
    when 0 then []
    when 1 then [self[rnds[0]]]
    when 2
      i, j = rnds
      j += 1 if j >= i
      [self[i], self[j]]
    when 3
      i, j, k = rnds
      l = j
      g = i
      if j >= i
        l = i
        g = (j += 1)
      end
      k += 1 if k >= l && (k += 1) >= g
      [self[i], self[j], self[k]]
    else
      if rnds
        sorted = []
        rnds.map do |r|
          k = r
          pos = sorted.index { |s| k < s || !(k += 1) } || sorted.size
          sorted.insert(pos, k)
          self[k]
        end
      else
        a = dup
        n.times do |i|
          j = Random.__upto(random, len - i) + i
          a[i], a[j] = a[j], a[i]
        end
        a.first(n)
      end
    end
  end

  def shuffle(random: Random)
    Array.new(self).shuffle!(random: random)
  end

  def shuffle!(random: Random)
    frozen? and raise FrozenError.new("can't modify frozen #{self.class}: #{inspect}", receiver: self)
    i = size
    while i > 0
      j = Random.__upto(random, i)
      i -= 1
      self[i], self[j] = self[j], self[i]
    end
    self
  end

  def cycle(n = nil, &blk)
    n = __num2long(n) unless n.nil?
    unless blk
      return to_enum(:cycle, n) do
        if n.nil? then (empty? ? 0 : Float::INFINITY) else (n < 0 ? 0 : size * n) end
      end
    end
    return nil if empty?
    if n
      n.times { each(&blk) }
    else
      while true
        return nil if empty?
        each(&blk)
      end
    end
    nil
  end

  def each_slice(n, &blk)
    n = __num2long(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    return to_enum(:each_slice, n) { (size + n - 1) / n } unless blk
    i = 0
    while i < size
      blk.call(self[i, n])
      i += n
    end
    self
  end

  def each_cons(n, &blk)
    n = __num2long(n)
    raise ArgumentError, "invalid size" if n <= 0
    return to_enum(:each_cons, n) { s = size - n + 1; s < 0 ? 0 : s } unless blk
    i = 0
    while i + n <= size
      blk.call(self[i, n])
      i += 1
    end
    self
  end

  def flat_map(&blk)
    return to_enum(:flat_map) { size } unless blk
    out = []
    each do |x|
      r = blk.call(x)
      if r.is_a?(Array) then out.concat(r) else out << r end
    end
    out
  end
  alias collect_concat flat_map

  def each_with_object(memo)
    return to_enum(:each_with_object, memo) { size } unless block_given?
    each { |x| yield x, memo }
    memo
  end

  def filter_map
    return to_enum(:filter_map) { size } unless block_given?
    out = []
    each { |x| r = yield(x); out << r if r }
    out
  end
end
