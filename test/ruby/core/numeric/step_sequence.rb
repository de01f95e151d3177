# Numeric#step without a block is an Enumerator::ArithmeticSequence.
s = 1.step(10, 3)
p s.map { |x| x * 2 }, s.include?(7), s.each_slice(2).to_a, s.with_index.to_a
p 1.step(10, 3) { }, 1.step(10, 3) == 1.step(10, 3), 1.step(10, 3) == (1..10).step(3)
p 1.0.step(by: 0.1, to: 1.3).to_a, 1.step(2, 0.25).to_a, 10.step(1, -4).to_a
p 1.step(by: 2).first(4), 1.step(by: -2).take(3), 5.step(1).to_a, 1.step(3).size
p 2.step(20, 6).sum, 1.step(10, 2).reduce(:+), 1.step(10, 4).to_a.reverse
p 1.step(10, 3).inspect, 1.step(by: 5, to: 20).to_a, 1.step(5, 2).step
begin
  1.step(10, 0)
rescue ArgumentError => e
  p e.message
end
p 1.step(10, nil)
e = 1.step(3)
p e.next, e.next, e.next
begin
  e.next
rescue StopIteration
  p :stop
end
