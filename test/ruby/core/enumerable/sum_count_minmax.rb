p [1, 2, 3].sum, [1.5, 2.5].sum, [].sum, [1, 2].sum(10)
p [0.1, 0.2, 0.3].sum
p %w[a b].sum("")
p [[1], [2]].sum([])
p (1..100).sum
p [1, 2, 3].sum { |x| x * x }
p [3, 1, 2].count, [3, 1, 2].count(1), [3, 1, 2].count { |x| x > 1 }
p [3, 1, 2].minmax, (1..5).minmax
p [Rational(1, 2), Rational(1, 3)].sum
p [1, 2.5].sum.class
begin
  ["a", 1].sum
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
