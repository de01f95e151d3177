c = [1, 2].each + [3] + (4..5)
p c.class, c.to_a, c.size
p c.map { |x| x * 10 }
p [1].chain([2], [3, 4]).to_a
e = c.each_slice(2)
p e.to_a
