a = [1, 2, 3]
p a.combination(2).size, a.permutation.size, a.repeated_combination(2).size, a.repeated_permutation(2).size
p a.combination(0).to_a, a.combination(4).to_a, a.permutation(0).to_a
p a.repeated_combination(2).to_a
p a.product([4, 5]).size, a.product, a.product([]) 
p a.each_slice(2).size, a.each_cons(2).size, a.cycle.size, [].cycle.size, a.cycle(2).size
p a.bsearch_index { |x| x >= 2 }, a.bsearch { |x| 2 <=> x }
p a.sum, [0.1] * 10 == [0.1] * 10, ([0.1] * 10).sum, [1, 2.5, 3r].sum rescue p $!
p [3, 1, 2].min(2), [3, 1, 2].max(2), [3, 1, 2].minmax, %w[bb a ccc].max_by(&:size)
begin
  [1, "a"].sort
rescue ArgumentError => e
  p e.message
end
begin
  ["a", 1].max
rescue ArgumentError => e
  p e.message
end
p [[1, :a], [2, :b]].rassoc(:b), [1, 2, 3].rotate!(2), [5, 6, 7].difference([5], [7])
p [0, 1, 2, 3, 4][(0..).step(2)], [0, 1, 2, 3].values_at(1..2, 5..6, 0)
p [1, [2, [3, [4]]]].flatten(1), [4, 5].zip([1], [2, 3]), [1, 2].zip(3..4)
