p (1..10).partition(&:even?)
p %w[a1 b c2].partition { |s| s =~ /\d/ }
p [1, 2, 4, 9, 10, 11, 12, 15].chunk_while { |a, b| b == a + 1 }.to_a
p [1, 2, 4, 9, 10, 11].slice_when { |a, b| b > a + 1 }.map(&:size)
p [1, 1, 2, 3, 3].chunk { |x| x.odd? }.to_a
p %w[a b # c d # e].slice_before("#").to_a
p %w[a b # c].slice_after("#").to_a
p (1..6).each_slice(2).partition { |a, b| a + b > 5 }
