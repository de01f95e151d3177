p (1..Float::INFINITY).lazy.map { |x| x * x }.select(&:even?).first(3)
p (1..20).lazy.reject(&:odd?).map { |x| x / 2 }.to_a
p (1..3).lazy.flat_map { |x| [x, x] }.to_a
p (1..Float::INFINITY).lazy.take_while { |x| x < 5 }.to_a
p (1..10).lazy.drop_while { |x| x < 8 }.force
p (1..3).lazy.zip(4..6).to_a
p (1..Float::INFINITY).lazy.filter_map { |x| x * 2 if x % 3 == 0 }.first(2)
p (1..3).lazy.class
p (1..4).each_slice(2).map(&:sum)
p (1..4).each_with_index.map { |x, i| x * i }
p (1..3).map.with_index(1) { |x, i| [i, x] }
p %w[a b c].each.with_index.map { |s, i| s * (i + 1) }
p [1, 2, 3].each.with_object([]) { |x, acc| acc.unshift(x) }
seen = []
r = (1..Float::INFINITY).lazy.map { |x| seen << x; x * 2 }.first(2)
p r, seen
e = [1, 2, 3].select
p e.class
p e.each { |x| x > 1 }
p (1..3).sum.then { _1 + 1 }
p [3, 1, 2].sort_by.with_index { |x, i| -i }
p [1, 2, 3].each_entry.map { |x| x }
