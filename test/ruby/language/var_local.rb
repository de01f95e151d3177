a = 1
b = a
a = 2
p a, b
x = y = 5
p x, y
c, d = 1, 2
p c, d
c, d = d, c
p [c, d]
if false
  never = 1
end
p never
p defined?(zzz)
p defined?(a)
e = 10
e += 1
e -= 2
e *= 3
e /= 2
e **= 2
e %= 50
p e
f = nil
f ||= 7
f ||= 8
p f
g = 1
g &&= g + 100
p g
