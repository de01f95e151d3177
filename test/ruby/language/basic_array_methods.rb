a = [3, 1, 2]
p a.sort
p a.map { |x| x * 2 }
p a.select { |x| x > 1 }
p a.sum
p a.max
