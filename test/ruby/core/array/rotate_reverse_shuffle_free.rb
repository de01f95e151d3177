a = [1, 2, 3, 4, 5]
p a.rotate, a.rotate(2), a.rotate(-1), a.rotate(7)
p a.reverse, a
b = a.dup
b.reverse!
b.rotate!(2)
p b
p [].rotate, [].reverse
p a.reverse_each.to_a
p a.each_slice(2).map(&:reverse)
