a = [5, 3, 8, 1, 9, 2]
p a.sort, a.sort.reverse, a.sort { |x, y| y <=> x }
words = %w[banana Apple cherry date fig]
p words.sort
p words.sort_by(&:downcase)
p words.sort_by { |w| [-w.length, w] }
p words.min_by(&:length), words.max_by { |w| [w.length, w] }
p words.minmax_by { |w| [w.length, w] }
p words.min(2), words.max(2)
p a.sort.bsearch { |x| x >= 4 }
people = [["bob", 25], ["amy", 30], ["cal", 25]]
p people.sort_by { |n, age| [age, n] }
p people.sort { |(n1, a1), (n2, a2)| a1 == a2 ? n1 <=> n2 : a2 <=> a1 }
p people.group_by { |_, age| age }
p [3, 1, 2].sort!.first
p [[2, "b"], [1, "z"], [2, "a"]].sort
p [0.5, -1, 3].sort
p ["b", "a"].max
p [1, 2, 3, 4].sum.fdiv(4)
p %w[xxx yy z].sort_by(&:size).first
p [1, 2, 3, 4, 5, 6].partition(&:even?)
p (1..10).each_slice(3).map(&:sum)
p %w[a b c].each_with_index.sort_by { |c, i| -i }.map(&:first)
begin
  [1, "a"].sort
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
begin
  [3, nil, 1].max
rescue ArgumentError, NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
