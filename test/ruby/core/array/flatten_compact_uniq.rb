nested = [1, [2, [3, [4, nil]]], nil]
p nested.flatten, nested.flatten(1), nested.compact, nested.flatten.compact
p [3, 1, 3, 2, 1].uniq, [[1, 2], [1, 2], [2]].uniq
p %w[a A b].uniq(&:downcase)
a = [1, 1, nil, 2]
p a.uniq!, a.compact!, a, a.uniq!, a.compact!
b = [[1, [2]], [3]]
p b.flatten!, b
p [1, 2].flatten!
