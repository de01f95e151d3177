# Enumerable in terms of #each (as mruby's mrblib does). Classes may override any
# of these natively for speed (Array does).
module Enumerable
  def to_a(*args)
    out = []
    each(*args) { |*x| out << (x.size == 1 ? x[0] : x) }
    out
  end
  alias entries to_a

  def map
    return to_enum(:map) unless block_given?
    out = []
    each { |*x| out << yield(*x) }
    out
  end
  alias collect map

  def flat_map
    return to_enum(:flat_map) unless block_given?
    out = []
    each do |*x|
      r = yield(*x)
      if r.is_a?(Array) then out.concat(r) else out << r end
    end
    out
  end
  alias collect_concat flat_map

  def select
    return to_enum(:select) unless block_given?
    out = []
    each { |*x| v = x.size == 1 ? x[0] : x; out << v if yield(*x) }
    out
  end
  alias filter select

  def filter_map
    return to_enum(:filter_map) unless block_given?
    out = []
    each { |*x| r = yield(*x); out << r if r }
    out
  end

  def reject
    return to_enum(:reject) unless block_given?
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
    return to_enum(:each_with_index, *args) unless block_given?
    i = 0
    each(*args) { |*x| yield((x.size == 1 ? x[0] : x), i); i += 1 }
    self
  end

  def each_with_object(memo)
    return to_enum(:each_with_object, memo) unless block_given?
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

  def sum(init = 0)
    acc = init
    if block_given?
      each { |*x| acc += yield(*x) }
    else
      each { |*x| acc += (x.size == 1 ? x[0] : x) }
    end
    acc
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
      each { |*x| n += 1 if pat[0] === (x.size == 1 ? x[0] : x) }
    elsif block_given?
      each { |*x| n += 1 if yield(*x) }
    else
      each { |*x| n += 1 if (x.size == 1 ? x[0] : x) }
    end
    n == 1
  end

  def first(*n)
    if n.empty?
      each { |*x| return(x.size == 1 ? x[0] : x) }
      return nil
    end
    raise ArgumentError, "negative array size (or size too big)" if n[0] < 0
    out = []
    return out if n[0] == 0
    each do |*x|
      out << (x.size == 1 ? x[0] : x)
      return out if out.size >= n[0]
    end
    out
  end

  def take(n)
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
    return to_enum(:sort_by) unless block_given?
    to_a.map { |x| [yield(x), x] }.sort { |a, b| a[0] <=> b[0] }.map { |p| p[1] }
  end

  def min(n = nil, &blk)
    return sort(&blk).first(n) if n
    best = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        best = v
        first = false
      elsif (blk ? blk.call(v, best) : v <=> best) < 0
        best = v
      end
    end
    best
  end

  def max(n = nil, &blk)
    return sort(&blk).reverse.first(n) if n
    best = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        best = v
        first = false
      elsif (blk ? blk.call(v, best) : v <=> best) > 0
        best = v
      end
    end
    best
  end

  def min_by(n = nil)
    return to_enum(:min_by) unless block_given?
    return sort_by { |x| yield x }.first(n) if n
    best = nil
    key = nil
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      if key.nil? || (k <=> key) < 0
        best = v
        key = k
      end
    end
    best
  end

  def max_by(n = nil)
    return to_enum(:max_by) unless block_given?
    return sort_by { |x| yield x }.reverse.first(n) if n
    best = nil
    key = nil
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      if key.nil? || (k <=> key) > 0
        best = v
        key = k
      end
    end
    best
  end

  def minmax
    [min, max]
  end

  def minmax_by(&blk)
    [min_by(&blk), max_by(&blk)]
  end

  def group_by
    return to_enum(:group_by) unless block_given?
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      (h[yield(v)] ||= []) << v
    end
    h
  end

  def partition
    return to_enum(:partition) unless block_given?
    a = []
    b = []
    each { |*x| v = x.size == 1 ? x[0] : x; (yield(v) ? a : b) << v }
    [a, b]
  end

  def chunk_while
    out = []
    cur = nil
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if cur.nil?
        cur = [v]
      elsif yield(cur[-1], v)
        cur << v
      else
        out << cur
        cur = [v]
      end
    end
    out << cur if cur
    out.each
  end

  def slice_when
    chunk_while { |a, b| !yield(a, b) }
  end

  def tally
    h = {}
    each { |*x| v = x.size == 1 ? x[0] : x; h[v] = (h[v] || 0) + 1 }
    h
  end

  def uniq(&blk)
    to_a.uniq(&blk)
  end

  def each_slice(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    return to_enum(:each_slice, n) unless block_given?
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
    raise ArgumentError, "invalid size" if n <= 0
    return to_enum(:each_cons, n) unless block_given?
    cur = []
    each do |*x|
      cur << (x.size == 1 ? x[0] : x)
      cur.shift if cur.size > n
      yield cur.dup if cur.size == n
    end
    self
  end

  def each_entry(&blk)
    each(&blk)
  end

  def zip(*others)
    a = to_a
    others = others.map(&:to_a)
    out = a.each_with_index.map { |v, i| [v] + others.map { |o| o[i] } }
    if block_given?
      out.each { |t| yield t }
      return nil
    end
    out
  end

  def to_h(&blk)
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      v = blk.call(v) if blk
      raise TypeError, "wrong element type #{v.class} (expected array)" unless v.is_a?(Array)
      raise ArgumentError, "element has wrong array length (expected 2, was #{v.size})" unless v.size == 2
      h[v[0]] = v[1]
    end
    h
  end

  def to_set
    Set.new(self)
  end

  def reverse_each(&blk)
    return to_enum(:reverse_each) unless blk
    to_a.reverse.each(&blk)
    self
  end

  def cycle(n = nil)
    return to_enum(:cycle, n) unless block_given?
    a = to_a
    return nil if a.empty?
    if n
      n.times { a.each { |x| yield x } }
    else
      loop { a.each { |x| yield x } }
    end
    nil
  end

  def lazy
    self
  end
end
