a = []
a.push(1)
a.push(2, 3)
a << 4 << 5
p a
p a.pop, a.pop(2), a
p a.shift, a
a.unshift(-1, 0)
p a
a.append(9)
a.prepend(8)
p a
p [].pop, [].shift, [].pop(2)
q = [1, 2, 3]
p q.shift(2), q
