m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
p m
p m[1][2]
p m.map { |row| row.sum }
p m.transpose
p m.flatten.each_slice(3).to_a == m
a = [1, *[2, 3], *[], *nil, 4]
p a
b = [[1, 2], *[[3, 4]]]
p b
c = %w[x y] + %i[z]
p c
d = [1, [2, [3, [4, [5]]]]]
p d.flatten, d.flatten(2)
p [nil] * 3
p Array.new(2) { Array.new(2, 0) }
p [[1, 2], [3, 4]].to_h
p [*"a".."c", *1..2]
