a = [1, 2, 3, 4]
b = [3, 4, 5]
p a & b, a | b, a - b, a + b
p a.union(b, [9]), a.intersection(b), a.difference(b)
p a.intersect?(b), a.intersect?([99])
p [1, 1, 2, 2, 3].uniq
p %w[apple avocado banana].uniq { |s| s[0] }
p [1, 2] * 3, [1, 2] * ","
p a.product([0, 1]).first(3)
p [1, 2, 3].combination(2).to_a
p [1, 2, 3].permutation(2).count
p [[1, 2], [3, 4]].transpose
p [1, [2, [3, [4]]]].flatten(1)
p [3, 1, 2].to_a.equal?(nil)
p [1, 2, 3].each_slice(2).include?([3])
p [1, 2] <=> [1, 2, 3]
p [1, 2] == [1, 2.0], [1, 2].eql?([1, 2.0])
p [[1, 2], [2, 3]].to_h
p [1, 2, 3].tally, %w[a b a].tally
p [nil, false, 1].compact, [nil, false, 1].select(&:itself)
p [1, 2, 3, 4].each_slice(2).to_h rescue p $!.class
p [1, 2, 3].sum / [1, 2, 3].size
p [4, 5].assoc(4).inspect, [[1, :a], [2, :b]].assoc(2), [[1, :a], [2, :b]].rassoc(:a)
p [1, 2, 3, 4, 5].each_slice(2).map(&:first)
