p [1, 2, 3].each.size
p 5.times.size
p (1..10).each_slice(3).size
p loop.size rescue p $!.class
p [1, 2].cycle.size
p [1, 2].each_with_object([]).size rescue p :x
e = [1, 2, 3].each.with_object([])
p e.each { |x, acc| acc << x * 2 }
p %w[a b].each.with_index(5).to_a
p [3, 4].each_with_index.with_index.map { |(x, i), j| x + i + j }
gen = (1..3).map
p gen.with_index { |x, i| x * i }
p [1, 2].each.next
