# Heap pages that a collection leaves empty are reused by objects of another size:
# what lives on them afterwards, and what the first size allocates next, must stay
# intact through further collections.
class Pt
  def initialize(x, y) = (@x, @y = x, y)
  def sum = @x + @y
end
keep = []
3.times do |round|
  junk = Array.new(60_000) { |i| "j#{i}" }        # short strings, dropped below
  keep << junk[round]
  junk = nil
  GC.start
  pts = Array.new(30_000) { |i| Pt.new(i, round) }   # other sizes take the emptied pages
  strs = Array.new(20_000) { |i| "longer string number #{i} of round #{round}" }
  shorts = Array.new(30_000) { |i| "s#{i}" }          # the first size again
  GC.start
  2.times { Array.new(50_000) { |i| "g" * (i % 50) } }
  GC.start
  p pts.sum(&:sum), strs[12_345], strs.map(&:size).sum, shorts.map(&:to_sym).uniq.size,
    shorts[29_999], pts.all?(Pt)
  keep << strs[-1] << shorts[-1] << pts[-1].sum
end
p keep
p ObjectSpace.each_object(String).count { |s| s.start_with?("longer string number 19999") } >= 3
