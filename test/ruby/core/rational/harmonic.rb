h = (1..10).sum { |n| Rational(1, n) }
p h, h.to_f.round(6)
egypt = []
r = Rational(4, 13)
until r.zero?
  d = (1 / r).ceil
  egypt << d
  r -= Rational(1, d)
end
p egypt
p egypt.sum { |d| Rational(1, d) } == Rational(4, 13)
cf = []
x = Rational(415, 93)
4.times do
  i = x.floor
  cf << i
  break if x == i
  x = 1 / (x - i)
end
p cf
