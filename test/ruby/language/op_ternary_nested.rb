def sign(n) = n > 0 ? 1 : n < 0 ? -1 : 0
p [5, -3, 0].map { |n| sign(n) }
x = 5
r = x > 3 ? (x > 4 ? "big" : "mid") : "small"
p r
p true ? false ? 1 : 2 : 3
a = nil
p a ? a.size : "nil!"
s = x.even? ? "even" : "odd"
p s
p (x == 5 ? :five : :other)
p [1, 2, 3].map { |v| v.odd? ? v * 10 : v }
b = x > 3 ?
  "multi" :
  "line"
p b
