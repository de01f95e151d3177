a = Rational(3, 4)
p a + Rational(1, 4), a - 1, a * 4, a / 3, a ** 2, -a, a.abs
p a + 0.25, (a + 0.25).class, a * 2r, 1 - a
p a.to_i, a.to_f, a.to_s, a.inspect, a.round, a.floor, a.ceil, a.truncate
p Rational(7, 3).round(1), Rational(-7, 2).round, Rational(5, 2).round(half: :even)
p 0.1r + 0.2r, (0.1r + 0.2r) == 0.3r
p 3.to_r, 0.5.to_r, "2/3".to_r, "1.25".to_r, 1.quo(4)
p Rational(2, 4) == Rational(1, 2), Rational(1, 2) == 0.5, Rational(1, 2) <=> Rational(2, 3)
p [Rational(1, 2), Rational(1, 3), Rational(1, 6)].sum, [1r / 3, 1r / 3].max
p Rational(1, 3).numerator, Rational(1, 3).denominator, 0.75.to_r.denominator
