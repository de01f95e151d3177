r = []
(1..4).each { |i| r << i * i }
p r
p (1...4).map { |i| i }, (4..1).map { |i| i }
p (1..10).step(3).to_a, (1..10).step(3).class
p (1.0..2.0).step(0.5).to_a
p ("a".."e").each_slice(2).to_a
p (1..10).each_with_index.select { |x, i| i % 4 == 0 }.map(&:first)
p (-3..3).select(&:negative?)
p ('A'..'Z').first(3).join
p (1..3).reverse_each.to_a
p (1..6).sum, (1..6).reduce(:*)
