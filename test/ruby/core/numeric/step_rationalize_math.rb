# Numeric#step sizes and float steps, rationalize, Math extras, Integer rounding modes.
p 1.step(10, 4).size, 0.step(1, 0.1).size, 10.step(1, -3).to_a, 1.0.step(2.0, 0.5).to_a
p 1.step(by: 2, to: 7).to_a, 5.times.size, 3.upto(7).size, 7.downto(3).size, 3.upto(1).size
p 0.333.rationalize, 0.1.rationalize(Rational(1, 100)), -0.75.rationalize, 1.5.rationalize
p Rational(7, 3).rationalize(Rational(1, 10)), 3.rationalize, 0.5.to_r, -2.25.to_r
p 25.round(-1, half: :even), 35.round(-1, half: :even), 25.round(-1, half: :down), -25.round(-1)
p 12.gcdlcm(18), (10**30).fdiv(10**10), 7.fdiv(2), 1.div(0.3), 7.5.div(2), -7.5.div(2)
p Math.gamma(5), Math.gamma(0.5), Math.lgamma(3), Math.erf(1), Math.frexp(8.0), Math.ldexp(0.5, 4)
p Math.log(2**1100), Math.log10(10**400), Math.log2(2**1100), Math.cbrt(27), Math.cbrt(-8)
p Math.asinh(1), Math.acosh(1), Math.atanh(0.5)
[-> { Math.acosh(0) }, -> { Math.atanh(2) }, -> { Math.gamma(-1) }, -> { Math.log2(-1) }].each do |l|
  l.call
rescue Math::DomainError => e
  puts e.message
end
p (-8) ** (1.0 / 3), (-8) ** 0.5, (-8.0) ** 1.5
p Complex.polar(2, Math::PI), Complex.polar(1, Math::PI / 2), Complex.polar(0, 1)
p Complex(3, 4) / Complex(1, 2), Complex(1, 2) ** -1, Complex(1.0, -0.0), Complex(1, Float::NAN)
p Complex("1/2+3/4i"), Complex("-i"), "2.5-1e2i".to_c, Complex(1, 2).abs2, Complex(0, 3.0).abs
p Rational("0.125"), "1.5e2".to_r, " 2/3x".to_r, Rational(1, 3).round(2), Rational(-5, 2).round(half: :even)
p 1.0.next_float > 1.0, 1.0.prev_float < 1.0, 7.5.remainder(2), -7.5.remainder(2)
