# Enumerable in terms of #each (as mruby's mrblib does). Classes may override any
# of these natively for speed (Array does). Values yielded as several arguments are
# packed into one Array where CRuby packs them (enum_yield / rb_enum_values_pack).
module Enumerable
  # "comparison of A with B failed" as rb_cmperr words it.
  def self.__cmp_failed(a, b)
    desc = (b.nil? || b == true || b == false || b.is_a?(Integer) || b.is_a?(Float) || b.is_a?(Symbol)) ? b.inspect : b.class.to_s
    raise ArgumentError, "comparison of #{a.class} with #{desc} failed"
  end

  # The n of min(n), max_by(n), ...: ArgumentError when negative (CRuby's rb_nmin_run).
  def self.__nmin_count(n)
    raise ArgumentError, "negative size (#{n})" if n < 0
    n
  end

  def self.__cmp(a, b)
    c = a <=> b
    __cmp_failed(a, b) if c.nil?
    c
  end

  def self.__blk_cmp(blk, a, b)
    c = blk.call(a, b)
    __cmp_failed(a, b) if c.nil?
    c
  end

  def to_a(*args)
    out = []
    each(*args) { |*x| out << (x.size == 1 ? x[0] : x); nil }   # yield returns nil, as collect_all
    out
  end
  alias entries to_a

  def map
    return to_enum(:map) { respond_to?(:size) ? size : nil } unless block_given?
    out = []
    each { |*x| out << yield(*x) }
    out
  end
  alias collect map

  def flat_map
    return to_enum(:flat_map) { respond_to?(:size) ? size : nil } unless block_given?
    out = []
    each do |*x|
      r = yield(*x)
      if r.is_a?(Array) then out.concat(r) else out << r end
    end
    out
  end
  alias collect_concat flat_map

  def select
    return to_enum(:select) { respond_to?(:size) ? size : nil } unless block_given?
    out = []
    each { |*x| v = x.size == 1 ? x[0] : x; out << v if yield(*x) }
    out
  end
  alias filter select
  alias find_all select

  def grep(pat, &blk)
    out = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      out << (blk ? blk.call(v) : v) if pat === v
    end
    out
  end

  def grep_v(pat, &blk)
    out = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      out << (blk ? blk.call(v) : v) unless pat === v
    end
    out
  end

  def filter_map
    return to_enum(:filter_map) { respond_to?(:size) ? size : nil } unless block_given?
    out = []
    each { |*x| r = yield(*x); out << r if r }
    out
  end

  def reject
    return to_enum(:reject) { respond_to?(:size) ? size : nil } unless block_given?
    out = []
    each { |*x| v = x.size == 1 ? x[0] : x; out << v unless yield(*x) }
    out
  end

  def find(ifnone = nil)
    return to_enum(:find, ifnone) unless block_given?
    each { |*x| v = x.size == 1 ? x[0] : x; return v if yield(*x) }
    ifnone ? ifnone.call : nil
  end
  alias detect find

  def find_index(*args)
    return to_enum(:find_index) if args.empty? && !block_given?
    i = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      return i if (args.empty? ? yield(*x) : v == args[0])
      i += 1
    end
    nil
  end

  def each_with_index(*args)
    return to_enum(:each_with_index, *args) { respond_to?(:size) ? size : nil } unless block_given?
    i = 0
    each(*args) { |*x| yield((x.size == 1 ? x[0] : x), i); i += 1 }
    self
  end

  def each_with_object(memo)
    return to_enum(:each_with_object, memo) { respond_to?(:size) ? size : nil } unless block_given?
    each { |*x| yield((x.size == 1 ? x[0] : x), memo) }
    memo
  end

  def inject(*args, &blk)
    op = nil
    acc = nil
    has_acc = false
    if args.size == 2
      acc, op = args
      has_acc = true
    elsif args.size == 1 && !blk
      op = args[0]
    elsif args.size == 1
      acc = args[0]
      has_acc = true
    elsif args.size > 2
      raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..2)"
    end
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if !has_acc
        acc = v
        has_acc = true
      elsif op
        acc = acc.__send__(op, v)
      else
        acc = blk.call(acc, v)
      end
    end
    acc
  end
  alias reduce inject

  # Kahan-Babuska summation once a Float is seen, like CRuby's enum_sum.
  def sum(init = 0, &blk)
    acc = init
    comp = 0.0
    floats = false
    each do |*x|
      v = blk ? blk.call(*x) : (x.size == 1 ? x[0] : x)
      if floats && v.is_a?(Numeric) && !v.is_a?(Complex)
        v = v.to_f
        t = acc + v
        if t.finite?
          if acc.abs >= v.abs
            comp += (acc - t) + v
          else
            comp += (v - t) + acc
          end
        end
        acc = t
      elsif !floats && v.is_a?(Float) && acc.is_a?(Numeric) && !acc.is_a?(Complex)
        floats = true
        acc = acc.to_f
        t = acc + v
        if t.finite?
          if acc.abs >= v.abs
            comp += (acc - t) + v
          else
            comp += (v - t) + acc
          end
        end
        acc = t
      else
        if floats
          acc += comp
          comp = 0.0
          floats = false
        end
        acc += v
      end
    end
    floats ? acc + comp : acc
  end

  def count(*args)
    n = 0
    if !args.empty?
      each { |*x| n += 1 if (x.size == 1 ? x[0] : x) == args[0] }
    elsif block_given?
      each { |*x| n += 1 if yield(*x) }
    else
      each { |*x| n += 1 }
    end
    n
  end

  def include?(obj)
    each { |*x| return true if (x.size == 1 ? x[0] : x) == obj }
    false
  end
  alias member? include?

  def all?(*pat)
    if !pat.empty?
      each { |*x| return false unless pat[0] === (x.size == 1 ? x[0] : x) }
    elsif block_given?
      each { |*x| return false unless yield(*x) }
    else
      each { |*x| return false unless (x.size == 1 ? x[0] : x) }
    end
    true
  end

  def any?(*pat)
    if !pat.empty?
      each { |*x| return true if pat[0] === (x.size == 1 ? x[0] : x) }
    elsif block_given?
      each { |*x| return true if yield(*x) }
    else
      each { |*x| return true if (x.size == 1 ? x[0] : x) }
    end
    false
  end

  def none?(*pat)
    if !pat.empty?
      each { |*x| return false if pat[0] === (x.size == 1 ? x[0] : x) }
    elsif block_given?
      each { |*x| return false if yield(*x) }
    else
      each { |*x| return false if (x.size == 1 ? x[0] : x) }
    end
    true
  end

  def one?(*pat)
    n = 0
    if !pat.empty?
      each { |*x| n += 1 if pat[0] === (x.size == 1 ? x[0] : x); return false if n > 1 }
    elsif block_given?
      each { |*x| n += 1 if yield(*x); return false if n > 1 }
    else
      each { |*x| n += 1 if (x.size == 1 ? x[0] : x); return false if n > 1 }
    end
    n == 1
  end

  def first(*n)
    if n.empty?
      each { |*x| return(x.size == 1 ? x[0] : x) }
      return nil
    end
    raise ArgumentError, "wrong number of arguments (given #{n.size}, expected 0..1)" if n.size > 1
    n[0] = __num2long(n[0])
    raise ArgumentError, "attempt to take negative size" if n[0] < 0
    out = []
    return out if n[0] == 0
    each do |*x|
      out << (x.size == 1 ? x[0] : x)
      return out if out.size >= n[0]
    end
    out
  end

  def take(n)
    n = __num2long(n)
    raise ArgumentError, "attempt to take negative size" if n < 0
    out = []
    return out if n == 0
    each do |*x|
      out << (x.size == 1 ? x[0] : x)
      break if out.size >= n
    end
    out
  end

  def take_while
    return to_enum(:take_while) unless block_given?
    out = []
    each do |*x|
      break unless yield(*x)
      out << (x.size == 1 ? x[0] : x)
    end
    out
  end

  def drop(n)
    n = __num2long(n)
    raise ArgumentError, "attempt to drop negative size" if n < 0
    out = []
    i = 0
    each { |*x| out << (x.size == 1 ? x[0] : x) if i >= n; i += 1 }
    out
  end

  def drop_while
    return to_enum(:drop_while) unless block_given?
    out = []
    dropping = true
    each do |*x|
      dropping = false if dropping && !yield(*x)
      out << (x.size == 1 ? x[0] : x) unless dropping
    end
    out
  end

  def sort(&blk)
    to_a.sort(&blk)
  end

  def sort_by
    return to_enum(:sort_by) { respond_to?(:size) ? size : nil } unless block_given?
    pairs = []
    each { |*x| v = x.size == 1 ? x[0] : x; pairs << [yield(v), v] }
    pairs.sort! { |a, b| Enumerable.__cmp(a[0], b[0]) }
    pairs.map! { |p| p[1] }
  end

  def min(n = nil, &blk)
    return sort(&blk).first(Enumerable.__nmin_count(n)) if n
    best = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        best = v
        first = false
      elsif (blk ? Enumerable.__blk_cmp(blk, v, best) : Enumerable.__cmp(best, v) * -1) < 0
        best = v
      end
    end
    best
  end

  def max(n = nil, &blk)
    return sort(&blk).reverse.first(Enumerable.__nmin_count(n)) if n
    best = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        best = v
        first = false
      elsif (blk ? Enumerable.__blk_cmp(blk, v, best) : Enumerable.__cmp(best, v) * -1) > 0
        best = v
      end
    end
    best
  end

  def min_by(n = nil)
    return to_enum(:min_by, *n) { respond_to?(:size) ? size : nil } unless block_given?
    return sort_by { |x| yield x }.first(Enumerable.__nmin_count(n)) if n
    best = nil
    key = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      if first || Enumerable.__cmp(k, key) < 0
        best = v
        key = k
        first = false
      end
    end
    best
  end

  def max_by(n = nil)
    return to_enum(:max_by, *n) { respond_to?(:size) ? size : nil } unless block_given?
    return sort_by { |x| yield x }.reverse.first(Enumerable.__nmin_count(n)) if n
    best = nil
    key = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      if first || Enumerable.__cmp(k, key) > 0
        best = v
        key = k
        first = false
      end
    end
    best
  end

  def minmax(&blk)
    a = to_a
    [a.min(&blk), a.max(&blk)]
  end

  def minmax_by(&blk)
    return to_enum(:minmax_by) { respond_to?(:size) ? size : nil } unless blk
    a = to_a
    [a.min_by(&blk), a.max_by(&blk)]
  end

  def group_by
    return to_enum(:group_by) { respond_to?(:size) ? size : nil } unless block_given?
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      if h.key?(k) then h[k] << v else h[k] = [v] end
    end
    h
  end

  def partition
    return to_enum(:partition) { respond_to?(:size) ? size : nil } unless block_given?
    a = []
    b = []
    each { |*x| v = x.size == 1 ? x[0] : x; (yield(v) ? a : b) << v }
    [a, b]
  end

  def chunk_while(&blk)
    src = self
    Enumerator.new do |y|
      cur = nil
      src.each do |*x|
        v = x.size == 1 ? x[0] : x
        if cur.nil?
          cur = [v]
        elsif blk.call(cur[-1], v)
          cur << v
        else
          y << cur
          cur = [v]
        end
      end
      y << cur if cur
    end
  end

  def slice_when(&blk)
    chunk_while { |a, b| !blk.call(a, b) }
  end

  def slice_before(*pat, &blk)
    src = self
    Enumerator.new do |y|
      cur = nil
      src.each do |*x|
        v = x.size == 1 ? x[0] : x
        hit = pat.empty? ? blk.call(v) : pat[0] === v
        if cur && hit
          y << cur
          cur = nil
        end
        (cur ||= []) << v
      end
      y << cur if cur
    end
  end

  def slice_after(*pat, &blk)
    src = self
    Enumerator.new do |y|
      cur = nil
      src.each do |*x|
        v = x.size == 1 ? x[0] : x
        (cur ||= []) << v
        if pat.empty? ? blk.call(v) : pat[0] === v
          y << cur
          cur = nil
        end
      end
      y << cur if cur
    end
  end

  def chunk(&blk)
    return to_enum(:chunk) unless blk
    src = self
    Enumerator.new do |y|
      key = nil
      cur = nil
      src.each do |*x|
        v = x.size == 1 ? x[0] : x
        k = blk.call(v)
        if k.nil? || k == :_separator
          y << [key, cur] if cur
          cur = nil
        elsif k == :_alone
          y << [key, cur] if cur
          y << [:_alone, [v]]
          cur = nil
        elsif k.is_a?(Symbol) && k.to_s.start_with?("_")
          raise RuntimeError, "symbols beginning with an underscore are reserved"
        elsif cur && key == k
          cur << v
        else
          y << [key, cur] if cur
          key = k
          cur = [v]
        end
      end
      y << [key, cur] if cur
    end
  end

  def tally(hash = nil)
    h = hash || {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      c = h[v]
      h[v] = c ? c + 1 : 1
    end
    h
  end

  def uniq(&blk)
    to_a.uniq(&blk)
  end

  def compact
    to_a.compact
  end

  def each_slice(n)
    n = __num2long(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    unless block_given?
      return to_enum(:each_slice, n) do
        s = respond_to?(:size) ? size : nil
        s && (s + n - 1) / n
      end
    end
    cur = []
    each do |*x|
      cur << (x.size == 1 ? x[0] : x)
      if cur.size == n
        yield cur
        cur = []
      end
    end
    yield cur unless cur.empty?
    self
  end

  def each_cons(n)
    n = __num2long(n)
    raise ArgumentError, "invalid size" if n <= 0
    unless block_given?
      return to_enum(:each_cons, n) do
        s = respond_to?(:size) ? size : nil
        s && (s - n + 1 < 0 ? 0 : s - n + 1)
      end
    end
    cur = []
    each do |*x|
      cur << (x.size == 1 ? x[0] : x)
      cur.shift if cur.size > n
      yield cur.dup if cur.size == n
    end
    self
  end

  def each_entry(*args)
    return to_enum(:each_entry, *args) unless block_given?
    each(*args) { |*x| yield(x.size == 1 ? x[0] : x) }
    self
  end

  def zip(*others, &blk)
    to_a.zip(*others, &blk)
  end

  def to_h(*args, &blk)
    h = {}
    each(*args) do |*x|
      v = x.size == 1 ? x[0] : x
      v = blk.call(*x) if blk
      raise TypeError, "wrong element type #{v.class} (expected array)" unless v.is_a?(Array)
      raise ArgumentError, "element has wrong array length (expected 2, was #{v.size})" unless v.size == 2
      h[v[0]] = v[1]
    end
    h
  end

  def reverse_each(&blk)
    return to_enum(:reverse_each) { respond_to?(:size) ? size : nil } unless blk
    to_a.reverse.each(&blk)
    self
  end

  def cycle(n = nil)
    n = __num2long(n) unless n.nil?
    return to_enum(:cycle, n) unless block_given?
    a = []
    each { |*x| v = x.size == 1 ? x[0] : x; a << v; yield v }
    return nil if a.empty?
    if n
      (n - 1).times { a.each { |x| yield x } }
    else
      loop { a.each { |x| yield x } }
    end
    nil
  end

  def chain(*others)
    Enumerator::Chain.new(self, *others)
  end

  def lazy
    src = self
    Enumerator::Lazy.new(self, -> { src.respond_to?(:size) ? src.size : nil }) { |y, *x| y.yield(*x) }
  end
end
