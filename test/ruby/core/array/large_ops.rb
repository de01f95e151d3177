a = (1..100_000).to_a
p a.size, a.sum, a.select(&:even?).size, a.map { |x| x * 2 }.last
p a.reverse.first(3), a.each_slice(1000).count, a.index(77_777), a.bsearch { |x| x >= 77_777 }
b = a.dup
b.shift(50_000)
p b.size, b.first
c = []
100_000.times { |i| c.unshift(i) if i % 1000 == 0 }
p c.size, c.first(3)
d = Array.new(50_000) { |i| (i * 7919) % 50_000 }
p d.sort.first(3), d.uniq.size, d.max, d.sort == (0...50_000).to_a
e = a.each_with_object([]) { |x, acc| acc << x if x % 10_000 == 0 }
p e
p (a + a).size, (a - (1..50_000).to_a).first, (a & [5, 100_001]).size
