p [1, 2, 1, 3, 2].uniq
p %w[Apple apple BANANA banana].uniq(&:downcase)
p (1..10).uniq { |x| x % 3 }
p [1, 2].cycle.first(5)
p [1, 2].cycle(2).to_a
r = []
[:a, :b].cycle(2) { |x| r << x }
p r
p [].cycle.first(2)
p (1..3).each_entry.to_a
p [[1, 2], [1, 2]].uniq
