p -2.abs
p(-2.abs)
p -2 ** 2
p (-2) ** 2
x = 5
p -x
p -x.abs
p +x
p -(-x)
p !x
p ~0
p -1.5.round
p [1, -2, 3].map(&:-@)
p 3.send(:-@)
p((-"frozen").frozen?)
