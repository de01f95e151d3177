a, (b, (c, d)), e = 1, [2, [3, 4]], 5
p [a, b, c, d, e]
*init, last = [1, 2, 3]
p init, last
first, *middle, last = "only"
p [first, middle, last]
h = {}
h[:a], h[:b] = [1, 2]
p h
obj = Struct.new(:x, :y).new
obj.x, obj.y = 3, 4
p obj.to_a
x, y = 1
p [x, y]
m, n = *[7, 8], 9
p [m, n]
q = (r, s = 10, 20)
p q, r, s
def pair = [:l, :r]
l, r = pair
p l, r
(t1, t2), t3 = [1, 2], 3
p [t1, t2, t3]
