a = [2, 4, 6, 7]
p a.all?(&:even?), a.any?(&:odd?), a.none?(&:zero?), a.one?(&:odd?)
p a.all?(Integer), a.any?(7), a.none?(1..1), [nil, false].none?
p a.find(&:odd?), a.detect { |x| x > 100 }
p a.find_index(6), a.find_index { |x| x > 3 }
p a.include?(4), a.member?(5)
p a.first, a.first(2), a.take_while(&:even?), a.drop(2)
p a.min, a.max, a.sum, a.minmax
p a.each_entry.to_a
p a.lazy.select(&:even?).map { |x| x * 10 }.to_a
p (1..Float::INFINITY).lazy.select(&:even?).first(3)
p a.zip(a.map { |x| x * x }).to_h
p a.sort.reverse.take(2)
p a.filter_map { |x| x / 2 if x.even? }
p a.reject(&:even?), a.select(&:even?)
p a.sum { |x| x.to_f / 2 }
p a.each_with_index.select { |x, i| i > 1 }.map(&:first)
p a.cycle.take(6)
p [].sum, [].min, [].max, [].inject(:+), [].first
p [3, 1, 2].sort.bsearch { |x| x >= 2 }
