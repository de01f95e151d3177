a = false || true && false
p a
b = (false or true and false)
p b
c = nil
d = c || "default"
p d
e = !true && false
p e
f = not(true) || true
p f
t = true
v = t and false
p v
w = 1 if t && !nil
p w
p (1 < 2) == true
p 1 + 2 * 3 - 4 / 2
p 2 ** 3 ** 0
p 10 - 2 - 3, 100 / 10 / 2, 2 ** -1
p 1 | 2 ^ 3 & 4
p 5 > 3 == true
x = y = 2
x += y *= 3
p [x, y]
p (true && nil).inspect
