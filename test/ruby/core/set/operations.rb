require "set"
a = Set[1, 2, 3, 4]
b = Set[3, 4, 5]
p (a | b).sort, (a & b).sort, (a - b).sort, (a ^ b).sort
p a.union(b).size, a.intersection(b).to_a.sort, a.difference(b).size
p a.subset?(Set[1, 2, 3, 4, 5]), a.superset?(Set[1]), a.proper_subset?(a), a <= a, a < a
p a.disjoint?(Set[9]), a.intersect?(b)
p a.include?(2), a === 2, a.member?(9)
c = Set.new
c << 1 << 1 << 2
p c.size, c.to_a
p c.add?(2), c.add?(3).nil?
c.delete(1)
p c.to_a.sort, c.delete?(99)
p Set[[1, 2]].include?([1, 2]), Set["a"].include?("a")
