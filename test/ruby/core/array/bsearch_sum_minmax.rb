a = [1, 3, 5, 7, 9, 11]
p a.bsearch { |x| x >= 6 }, a.bsearch { |x| x >= 100 }
p a.bsearch { |x| 7 <=> x }
p a.bsearch_index { |x| x > 4 } rescue p :x
p a.sum, a.sum(0.0), a.sum { |x| x * 2 }
p a.min, a.max, a.minmax, a.min(2), a.max(2)
p a.min { |x, y| (x % 4) <=> (y % 4) }
p [].sum, [].min, [].minmax
p ["b", "a"].sum(""), [0.1, 0.2, 0.3].sum, [1e100, 1.0, -1e100].sum
