p (1..4).each_with_object([]) { |x, acc| acc << x * x }
p %w[a bb ccc].each_with_object({}) { |s, h| h[s] = s.size }
counts = %w[x y x z x].each_with_object(Hash.new(0)) { |s, h| h[s] += 1 }
p counts
p [].each_with_object(:memo) { }
p({ a: 1, b: 2 }.each_with_object([]) { |(k, v), acc| acc << "#{k}=#{v}" })
s = (1..3).each_with_object(+"") { |i, str| str << i.to_s }
p s
