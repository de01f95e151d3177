class NumberBag
  include Enumerable
  def initialize(*n) = @n = n
  def each
    return enum_for(:each) unless block_given?
    @n.each { |x| yield x }
    self
  end
end
b = NumberBag.new(5, 3, 8, 1, 9, 2)
p b.to_a
p b.sort
p b.map { |x| x * 2 }
p b.select(&:even?)
p b.reject(&:even?)
p b.min, b.max, b.sum
p b.minmax
p b.sort_by { |x| -x }
p b.include?(8)
p b.first, b.first(2)
p b.inject(:+)
p b.reduce(1) { |a, x| a * x }
p b.count, b.count(&:odd?)
p b.each_slice(2).to_a
p b.each_cons(3).first
p b.each_with_index.to_a.last
p b.group_by(&:odd?)
p b.partition { |x| x > 4 }
p b.tally
p b.zip(b.map(&:to_s)).first(2)
p b.find { |x| x > 5 }
p b.find_index(8)
p b.take_while { |x| x > 2 }
p b.drop_while { |x| x > 2 }
p b.each_entry.to_a.size
p b.chunk_while { |a, c| c == a + 1 }.to_a
p b.min_by { |x| (x - 4).abs }
p b.sum { |x| x.to_f }
p b.lazy.map { |x| x * 3 }.select(&:even?).first(2)
p b.uniq
p b.each.next
