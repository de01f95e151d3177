a = Rational(1, 3)
b = Rational(1, 6)
p a, b, a + b, a - b, a * b, a / b
p a + 1, a * 3, a ** 2
p Rational(6, 4), Rational(-3, 9), Rational(5)
p 3r, 1/3r, 0.75r rescue p :nolit
p a.numerator, a.denominator
p a.to_f.round(5), a.to_i, Rational(7, 2).round, Rational(7, 2).floor, Rational(7, 2).ceil
p a < b, a == Rational(2, 6), a <=> b
p 1.quo(3), 3.to_r, 0.5.to_r, "3/4".to_r
p Rational(1, 3).to_s, Rational(1, 3).inspect
p [Rational(1, 2), Rational(1, 3)].sum
p Rational(1, 2) + 0.5
begin
  Rational(1, 0)
rescue ZeroDivisionError => e
  puts "#{e.class}: #{e.message}"
end
p (1..4).map { |n| Rational(1, n) }.sum
p Rational("0.125")
p 2.5.rationalize(Rational(1, 100))
