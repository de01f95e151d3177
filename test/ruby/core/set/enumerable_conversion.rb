require "set"
s = Set.new([5, 3, 1, 3])
p s.size, s.sort, s.min, s.max, s.sum
p s.map { |x| x * 2 }.sort, s.select(&:odd?).class, s.sort_by { -_1 }
p s.to_a.sort, s.to_set.equal?(s), [1, 1, 2].to_set.size
p s.group_by(&:odd?).transform_values(&:sort)
p s.partition { |x| x > 2 }.map(&:sort)
p s.each_slice(2).to_a.size
p Set.new("hello".each_char).size
p s.frozen?, s.dup.add(100).size, s.size
p s == Set[1, 3, 5], s.eql?(Set[1, 3, 5]), s.hash == Set[5, 3, 1].hash
h = { Set[1, 2] => :found }
p h[Set[2, 1]]
