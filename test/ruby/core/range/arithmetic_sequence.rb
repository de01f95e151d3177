s = 1.step(10, 3)
p s, s.class, s.to_a, s.size, s.first, s.first(2), s.last, s.last(2)
p s.begin, s.end, s.step, s.exclude_end?
r = (1..10).step(4)
p r, r.to_a, r == (1..10).step(4), r.hash == (1..10).step(4).hash
p (1.0..2.0).step(0.5).to_a, 10.step(1, -3).to_a
p ((1..10) % 3).to_a
p 1.step(by: 5, to: 20).sum
e = (1..).step(7)
p e.first(3), e.lazy.map { |x| x * 2 }.first(2)
