a = [1, 2, 3]
p a
puts a.size
puts a[0]
puts a[-1]
