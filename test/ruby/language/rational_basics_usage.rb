third = Rational(1, 3)
p third + third + third, third * 3 == 1, 1r / 3 == third
p 3.to_r / 4, 0.75.to_r, Rational("0.75"), 3/4r
parts = [Rational(1, 2), Rational(1, 4), Rational(1, 8)]
p parts.sum, parts.sum.to_f, 1 - parts.sum
p Rational(22, 7).to_f.round(4), Rational(355, 113) > Rational(22, 7)
p Rational(5, 10), Rational(-2, -4), Rational(3, -6)
