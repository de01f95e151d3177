p 5.times.map { |i| i * i }
p [4, 5, 6].each_with_index.map { |x, i| x * i }
p %w[a b c].each.with_index(1).to_a
p [1, 2, 3, 4].each_slice(2).map(&:sum)
p [1, 2, 3].map.with_index { |x, i| [i, x] }
p [1, 2, 3].select.with_index { |x, i| i > 0 }
p (1..3).each_cons(2).to_a
p "abc".each_char.with_index.map { |c, i| c * (i + 1) }
p({ a: 1, b: 2 }.each.next)
p 3.downto(1).map(&:to_s)
p [3, 1, 2].sort_by.with_index { |x, i| x }
e = [1, 2, 3].each
p e.next, e.next
class Countdown
  def initialize(n) = @n = n
  def each
    return to_enum(:each) { @n } unless block_given?
    @n.downto(1) { |i| yield i }
  end
end
c = Countdown.new(3)
p c.each.to_a, c.each.size
p c.each.map { |x| x * 2 }
en = c.each
p en.next, en.next, en.next
begin
  en.next
rescue StopIteration
  puts "StopIteration"
end
p 1.step(10, 3).to_a
p [1, 2].cycle.take(5)
p ([1, 2].each + [3]).to_a rescue p :no_plus
