p (1..5).inject(:+)
p (1..5).inject(10, :+)
p (1..5).inject { |s, x| s * x }
p (1..5).reduce(1) { |s, x| s * x }
p [[1, 2], [3, 4]].inject(0) { |s, (a, b)| s + a * b }
p %w[apple pie a la mode].inject { |m, w| m.size >= w.size ? m : w }
p [].inject(:+), [].inject(5, :+)
p [5].inject { |a, b| a + b }
p (1..4).inject(:*)
p ["a", "b", "c"].inject(:+)
h = [[:x, 1], [:y, 2]].inject({}) { |acc, (k, v)| acc.merge(k => v) }
p h
p (1..100).sum == (1..100).inject(:+)
