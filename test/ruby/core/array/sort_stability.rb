records = [["b", 2], ["a", 2], ["c", 1], ["d", 1], ["e", 3]]
p records.sort_by.with_index { |r, i| [r.last, i] }
p records.sort { |x, y| x.last <=> y.last }.map(&:first).size
p records.min_by(&:last), records.max_by(&:last)
p records.sort.first, records.sort.reverse.first
p %w[10 9 100 1].sort, %w[10 9 100 1].sort_by(&:to_i)
p [3, 1, 2].sort!.frozen?, [0.1, -2, 3r].sort
p [[2, "b"], [1, "a"]].sort.to_h
