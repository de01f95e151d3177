# Hash methods written in Ruby on top of the native core.
class Hash
  def map(&blk)
    return to_enum(:map) unless blk
    out = []
    each { |k, v| out << blk.call(k, v) }
    out
  end
  alias collect map

  def select
    return to_enum(:select) unless block_given?
    h = {}
    each { |k, v| h[k] = v if yield(k, v) }
    h
  end
  alias filter select

  def reject
    return to_enum(:reject) unless block_given?
    h = {}
    each { |k, v| h[k] = v unless yield(k, v) }
    h
  end

  def select!
    changed = false
    each { |k, v| unless yield(k, v) then delete(k); changed = true end }
    changed ? self : nil
  end
  alias filter! select!

  def keep_if(&blk)
    select!(&blk)
    self
  end

  def reject!
    changed = false
    each { |k, v| if yield(k, v) then delete(k); changed = true end }
    changed ? self : nil
  end

  def delete_if(&blk)
    reject!(&blk)
    self
  end

  def transform_values
    return to_enum(:transform_values) unless block_given?
    h = {}
    each { |k, v| h[k] = yield(v) }
    h
  end

  def transform_values!
    each { |k, v| self[k] = yield(v) }
    self
  end

  def transform_keys(mapping = nil)
    h = {}
    each do |k, v|
      nk = mapping && mapping.key?(k) ? mapping[k] : (block_given? ? yield(k) : k)
      h[nk] = v
    end
    h
  end

  def transform_keys!(mapping = nil, &blk)
    replace(transform_keys(mapping, &blk))
  end

  def filter_map
    out = []
    each { |k, v| r = yield(k, v); out << r if r }
    out
  end

  def find
    each { |k, v| return [k, v] if yield(k, v) }
    nil
  end
  alias detect find

  def any?(*pat)
    return !empty? if pat.empty? && !block_given?
    each { |k, v| return true if yield(k, v) }
    false
  end

  def all?
    each { |k, v| return false unless yield(k, v) }
    true
  end

  def count(*args)
    return size if args.empty? && !block_given?
    n = 0
    each { |k, v| n += 1 if yield(k, v) }
    n
  end

  def sum(init = 0)
    acc = init
    each { |k, v| acc += block_given? ? yield(k, v) : [k, v] }
    acc
  end

  def each_with_index
    return to_enum(:each_with_index) unless block_given?
    i = 0
    each { |k, v| yield [k, v], i; i += 1 }
    self
  end

  def min_by(&blk)
    to_a.min_by { |kv| blk.call(*kv) }
  end

  def max_by(&blk)
    to_a.max_by { |kv| blk.call(*kv) }
  end

  def sort_by(&blk)
    to_a.sort_by { |kv| blk.call(*kv) }
  end

  def group_by
    h = {}
    each { |k, v| (h[yield(k, v)] ||= []) << [k, v] }
    h
  end

  def partition
    a = []
    b = []
    each { |k, v| (yield(k, v) ? a : b) << [k, v] }
    [a, b]
  end

  def each_with_object(memo)
    each { |k, v| yield [k, v], memo }
    memo
  end

  def dig(key, *rest)
    v = self[key]
    rest.empty? || v.nil? ? v : v.dig(*rest)
  end

  def fetch_values(*keys)
    keys.map { |k| block_given? ? fetch(k) { |x| yield x } : fetch(k) }
  end

  def values_at(*keys)
    keys.map { |k| self[k] }
  end

  def slice(*keys)
    h = {}
    keys.each { |k| h[k] = self[k] if key?(k) }
    h
  end

  def except(*keys)
    h = dup
    keys.each { |k| h.delete(k) }
    h
  end

  def invert
    h = {}
    each { |k, v| h[v] = k }
    h
  end

  def sort(&blk)
    to_a.sort(&blk)
  end


  def compact
    reject { |_, v| v.nil? }
  end



  def deconstruct_keys(keys)
    self
  end


  def to_proc
    method(:[]).to_proc
  end

  def <=(other)
    all? { |k, v| other.key?(k) && other[k] == v }
  end

  def >=(other)
    other <= self
  end
end
