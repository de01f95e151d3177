%w[a b c].each_with_index { |s, i| puts "#{i}: #{s}" }
p %w[a b c].each_with_index.to_a
p %w[a b c].each_with_index.map { |s, i| s * (i + 1) }
p (10..12).each_with_index.select { |x, i| i.odd? }
p({ x: 1, y: 2 }.each_with_index.map { |(k, v), i| "#{i}#{k}#{v}" })
r = [5, 6].each_with_index { }
p r
p %w[a b].each.with_index(1).to_a
p %w[a b].map.with_index { |s, i| [i, s] }
