p (1..10).reverse_each.first(3), (1..10).to_a.reverse.each_slice(4).to_a
p (10..1).to_a, 10.downto(1).select(&:even?)
p (1..10).step(2).map { |x| x * x }, (1..10).each_slice(3).map(&:last)
p ("a".."j").each_cons(5).first, (0...10).step(3).to_a
p (1..3).flat_map { |i| (1..i).to_a }
p (1..4).each_with_object([]) { |i, a| a.unshift(i) }
p (1..20).select { |i| i % 6 == 0 }.sum
