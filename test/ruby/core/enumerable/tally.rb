p %w[a b a c b a].tally
p [1, 2, 2, 3, 3, 3].tally
p "mississippi".chars.tally.sort_by { |c, n| [-n, c] }
p [].tally
p [nil, nil, false].tally
p %w[x y x].tally.max_by(&:last)
p (1..20).map { |n| n % 4 }.tally
p [[1, 2], [1, 2], [2, 1]].tally
