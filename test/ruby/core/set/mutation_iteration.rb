require "set"
s = Set.new
[3, 1, 2, 3].each { |x| s << x }
p s.size, s.include?(3)
s.delete_if(&:even?)
p s.sort
s.map! { |x| x * 10 }
p s.sort
s.select! { |x| x > 10 }
p s.to_a
s.merge([1, 2])
p s.sort, s.length
s.clear
p s.empty?
t = Set[1, 2, 3]
p t.each { |x| x }.class, t.each_slice(2).map(&:sum).sort
p t.filter_map { |x| x * 2 if x.odd? }.sort
p t.min_by { |x| -x }, t.sum, t.inject(:*)
