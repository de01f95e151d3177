e = [1, 2, 3].each
p e.next, e.next, e.next
begin
  e.next
rescue StopIteration => ex
  puts "#{ex.class}: #{ex.message}"
end
e.rewind
p e.next
p e.peek, e.peek, e.next
fib = Enumerator.new do |y|
  a, b = 0, 1
  loop do
    y << a
    a, b = b, a + b
  end
end
p fib.take(10)
p fib.first(5)
p fib.lazy.select(&:odd?).first(4)
p fib.each_with_index.first(2)
gen = Enumerator.new { |y| y.yield 1; y.yield 2, 3; y << 4 }
p gen.to_a
p gen.next
words = %w[a b c].each_with_index
p words.to_a
p words.next
p [1, 2, 3].map.with_index(10).to_a
ch = "abc".each_char
p ch.next, ch.size
p 5.times.class, 5.times.size
loop_result = loop do
  break :broke
end
p loop_result
e2 = [10, 20].each
r = loop do
  p e2.next
end
p r
p [4, 5].each_with_object([]).to_a
p [1, 2, 3].each_slice(2).size
p Enumerator.new { |y| 3.times { |i| y << i * i } }.map { |x| x + 1 }
