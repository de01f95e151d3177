# Hash methods written in Ruby on top of the native core.
class Hash

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
    return to_enum(:select!) { size } unless block_given?
    changed = false
    each { |k, v| unless yield(k, v) then delete(k); changed = true end }
    changed ? self : nil
  end
  alias filter! select!

  def keep_if(&blk)
    return to_enum(:keep_if) { size } unless blk
    select!(&blk)
    self
  end

  def reject!
    return to_enum(:reject!) { size } unless block_given?
    changed = false
    each { |k, v| if yield(k, v) then delete(k); changed = true end }
    changed ? self : nil
  end

  def delete_if(&blk)
    return to_enum(:delete_if) { size } unless blk
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
    return to_enum(:transform_values!) { size } unless block_given?
    each { |k, v| self[k] = yield(v) }
    self
  end

  def transform_keys(mapping = nil, &blk)
    return to_enum(:transform_keys) { size } unless mapping || blk
    h = {}
    each do |k, v|
      nk = mapping && mapping.key?(k) ? mapping[k] : (blk ? blk.call(k) : k)
      h[nk] = v
    end
    h
  end

  def transform_keys!(mapping = nil, &blk)
    replace(transform_keys(mapping, &blk))
  end


  def dig(key, *rest)
    v = self[key]
    return v if rest.empty? || v.nil?
    raise TypeError, "#{v.class} does not have #dig method" unless v.respond_to?(:dig)
    v.dig(*rest)
  end

  def fetch_values(*keys, &blk)
    keys.map { |k| blk ? fetch(k, &blk) : fetch(k) }
  end

  def values_at(*keys)
    keys.map { |k| self[k] }
  end

  def slice(*keys)
    h = {}
    keys.each { |k| h[k] = self[k] if key?(k) }
    h
  end

  # A plain Hash (no default), compared by identity when self is.
  def except(*keys)
    h = {}
    h.compare_by_identity if compare_by_identity?
    each_pair { |k, v| h[k] = v }
    keys.each { |k| h.delete(k) }
    h
  end

  def sort(&blk)
    to_a.sort(&blk)
  end


  def compact
    reject { |_, v| v.nil? }
  end

  def compact!
    n = size
    reject! { |_, v| v.nil? }
    n == size ? nil : self
  end

  def sum(init = 0, &blk)
    to_a.sum(init, &blk)
  end

  def min_by(n = nil, &blk)
    return to_enum(:min_by, *n) { size } unless blk
    to_a.min_by(n, &blk)
  end

  def max_by(n = nil, &blk)
    return to_enum(:max_by, *n) { size } unless blk
    to_a.max_by(n, &blk)
  end

  def any?(*pat, &blk)
    return !empty? if pat.empty? && !blk
    return to_a.any?(*pat) unless pat.empty?
    each { |k, v| return true if blk.call([k, v]) }
    false
  end

  def <(other)
    other = __to_hash(other)
    size < other.size && self <= other
  end

  def >(other)
    __to_hash(other) < self
  end

  def assoc(key)
    key?(key) ? [key, self[key]] : nil
  end

  def rassoc(value)
    each { |k, v| return [k, v] if v == value }
    nil
  end

  def flatten(depth = 1)
    to_a.flatten(depth)
  end



  def deconstruct_keys(keys)
    self
  end


  def to_proc
    method(:[]).to_proc
  end

  def <=(other)
    other = __to_hash(other)
    return false if size > other.size
    all? { |k, v| other.key?(k) && other[k] == v }
  end

  def >=(other)
    __to_hash(other) <= self
  end
end
