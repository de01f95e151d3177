def req(a, b) = [a, b]
def opt(a, b = a * 2, c = b + 1) = [a, b, c]
def splat(*rest) = rest
def mid(a, *m, z) = [a, m, z]
def kw(a:, b: 2) = [a, b]
def kwrest(**o) = o
def all(a, b = 1, *c, d, e:, f: 6, **g, &h) = [a, b, c, d, e, f, g, h&.call]
p req(1, 2)
p opt(1)
p opt(1, 5)
p opt(1, 5, 9)
p splat
p splat(1, 2, 3)
p mid(1, 2)
p mid(1, 2, 3, 4)
p kw(a: 1)
p kw(b: 3, a: 0)
p kwrest
p kwrest(x: 1, y: 2)
p all(1, 2, e: 5)
p all(1, 2, 3, 4, 5, e: 0, z: 9) { :blk }
arr = [1, 2, 3]
p splat(*arr, 4)
h = { a: 10 }
p kw(**h)
