p 1..2 + 3
p((1..2).to_a)
a = false or true
p a
b = (false or true)
p b
c = nil || "x" and "y"
p c
p !true && false, (not true && false)
d = 1 if defined?(zz).nil?
p d
e = true ? 1 : 2 + 10
p e
f = 2 + 3 == 5 ? :yes : :no
p f
g = [1, 2, 3].map do |x| x * 2 end
p g
h = [1, 2, 3].map { |x| x * 2 }.select { |x| x > 2 }
p h
i = -2.abs
p i
j = 2 ** -1
p j
k = 10 - 2 - 3 + 1
p k
l = 2 * 3 ** 2
p l
m = 7 & 3 == 3
p m
n = (7 & 3) == 3
p n
v = raise rescue "rescued value"
p v
