a = [4, 7, 1, 9, 3]
a.each_with_index { |x, i| print "#{i}:#{x} " }
puts
p a.each_with_index.map { |x, i| x * i }
p a.map.with_index(1) { |x, i| "#{i}.#{x}" }
p a.each_slice(2).to_a
p a.each_cons(2).map { |x, y| y - x }
a.reverse_each { |x| print x }
puts
p a.select.with_index { |x, i| i.odd? }
p a.inject { |s, x| s + x }
p a.inject(10) { |s, x| s + x }
p a.sum, a.sum(0.0)
p a.each_with_object({}) { |x, h| h[x] = x * x }
p a.zip([1, 2, 3])
p a.zip([1] * 5, %w[a b c d e]).first
p a.flat_map { |x| [x, -x] }.first(4)
p a.cycle.first(7)
p a.each_entry.to_a == a
i = 0
a.each do |x|
  i += 1
  break if x == 1
end
p i
p a.filter_map { |x| x * 2 if x.odd? }
p a.sum { |x| x * 2 }
p a.each_index.to_a
p [[1, :a], [2, :b]].each_with_object([]) { |(n, s), acc| acc << "#{n}#{s}" }
