# Enumerator methods written in Ruby (external iteration buffers values).
class Enumerator
  include Enumerable

  def next
    @__buffer ||= to_a
    @__pos ||= 0
    raise StopIteration, "iteration reached an end" if @__pos >= @__buffer.size
    v = @__buffer[@__pos]
    @__pos += 1
    v
  end

  def peek
    @__buffer ||= to_a
    @__pos ||= 0
    raise StopIteration, "iteration reached an end" if @__pos >= @__buffer.size
    @__buffer[@__pos]
  end

  def rewind
    @__pos = 0
    self
  end

  def with_index(offset = 0, &blk)
    return to_enum(:with_index, offset) unless blk
    i = offset
    each do |*x|
      v = x.size == 1 ? x[0] : x
      r = blk.call(v, i)
      i += 1
      r
    end
  end

  def each_with_index(&blk)
    with_index(0, &blk)
  end

  def with_object(memo)
    each { |*x| yield((x.size == 1 ? x[0] : x), memo) }
    memo
  end
end
