p [1, 2].product([3, 4])
p [1, 2].product([3], [5, 6]).size
p [1, 2].product
p [1, 2, 3].combination(2).to_a
p [1, 2, 3].combination(0).to_a, [1, 2, 3].combination(4).to_a
p [1, 2, 3].permutation.to_a.size, [1, 2, 3].permutation(2).first(3)
p [1, 2].repeated_combination(2).to_a
p [0, 1].repeated_permutation(2).to_a
p [[1, 2], [3, 4], [5, 6]].transpose
p %w[a b c].each_cons(2).to_a
p [1, 2, 3, 4].combination(2).count { |a, b| (a + b).even? }
