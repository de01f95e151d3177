a, b, c = 1, 2
p [a, b, c]
a, b = [10, 20, 30]
p [a, b]
a, *b = 1, 2, 3
p [a, b]
*a, b = 1, 2, 3
p [a, b]
a, *b, c = 1, 2, 3, 4, 5
p [a, b, c]
a, (b, c), d = 1, [2, 3], 4
p [a, b, c, d]
a, (b, *c), d = 1, [2, 3, 4], 5
p [a, b, c, d]
a = *nil
p a
a = *1
p a
a, = [9, 8]
p a
x = (a, b = 5, 6)
p x
h = {}
h[:k], h[:j] = 1, 2
p h
o = Struct.new(:m, :n).new
o.m, o.n = "m", "n"
p [o.m, o.n]
@i, $g = 3, 4
p [@i, $g]
first, second = "no split"
p [first, second]
