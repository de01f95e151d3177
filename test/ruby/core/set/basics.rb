require "set"
s = Set.new([3, 1, 2, 3])
p s.size, s.include?(2), s.member?(9)
s << 5
s.add(1)
p s.to_a.sort
p s.add?(5), s.add?(7).class
t = Set[2, 3, 4]
p (s & t).to_a.sort, (s | t).to_a.sort, (s - t).to_a.sort, (s ^ t).to_a.sort
p Set[1, 2].subset?(Set[1, 2, 3]), Set[1, 2, 3].superset?(Set[1]), Set[1] <= Set[1]
p Set[1, 2] == Set[2, 1]
p s.delete(5).size
p s.map { |x| x * 10 }.class
p s.select(&:odd?).to_a.sort
p s.group_by(&:odd?).keys.sort_by(&:to_s)
p s.min, s.max, s.sum
p Set.new("hello".chars).size
p [1, 2, 2].to_set.size
p Set[3, 1, 2].sort
h = Set[[1, 2]]
p h.include?([1, 2])
p Set[1, 2].inspect
p Set.new.empty?
p Set[1, 2, 3].partition(&:even?).map(&:to_a)
p Set[1, 2].disjoint?(Set[3]), Set[1, 2].intersect?(Set[2])
fs = Set[1].freeze
begin
  fs << 2
rescue FrozenError => e
  puts e.class
end
