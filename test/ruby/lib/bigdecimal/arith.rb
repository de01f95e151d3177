# bigdecimal arithmetic: exact + - *, division's digits, div/quo with digits, %, divmod,
# remainder, integer powers, mixed operands, NaN and Infinity, comparisons.
require "bigdecimal"

def t
  p yield
rescue StandardError => e
  puts "#{e.class}: #{e.message}"
end

a = BigDecimal("0.1")
p a + BigDecimal("0.2"), a + BigDecimal("0.2") == BigDecimal("0.3"), a - 1, a * 3, BigDecimal("1.5") * BigDecimal("-2.25")
[%w[1 3], %w[2 3], %w[10 3], %w[100 3], %w[1e9 3], %w[1e10 3], %w[1e-5 3], %w[1 7],
 %w[12345678901234567890 3], %w[1 12345678901234567890], %w[1.5 3.3], %w[1 3e20], %w[1 0.3],
 %w[123456789012 7], %w[1e18 3], %w[1e17 3], %w[0.1 3], %w[0.01 3], %w[-2 3], %w[2 -3],
 %w[1234567890123456789012345678901234567890 3], %w[1 1234567890123456789012345678901234567890],
 %w[1.5 0.3], %w[22 7], %w[355 113], %w[1 9], %w[-1 9], %w[7 8]].each do |x, y|
  puts "#{x}/#{y} = #{BigDecimal(x) / BigDecimal(y)}"
end
p BigDecimal(1) / 3, BigDecimal("1") / 2, BigDecimal("10").div(3), BigDecimal("1").div(BigDecimal("3"), 5)
p BigDecimal("10").quo(3), BigDecimal("10").quo(3, 5), BigDecimal("2").div(3, 1)
t { BigDecimal("1") / 0 }
t { BigDecimal("-1") / 0 }
t { BigDecimal("0") / 0 }
t { BigDecimal("1") % 0 }
t { BigDecimal("1").div(0) }
p BigDecimal("7") % 3, BigDecimal("-7") % 3, BigDecimal("-7").divmod(3), BigDecimal("7.5").divmod(BigDecimal("2"))
p BigDecimal("-7").remainder(3), BigDecimal("7.5").modulo(2), BigDecimal("-7.5").div(2)
p BigDecimal("2")**10, BigDecimal("2")**-1, BigDecimal("1.1")**2, BigDecimal("2").power(3), BigDecimal("1.1")**20
p BigDecimal("0.5")**3, BigDecimal("10")**-2, BigDecimal("-2")**3, BigDecimal("7")**0
p BigDecimal("1.23456789").mult(BigDecimal("2"), 3), BigDecimal("1.23456789").add(1, 3), BigDecimal("1.23456789").sub(1, 3)
p BigDecimal("1.5") + 1.5, 1.5 + BigDecimal("1"), 2 * BigDecimal("1.5"), Rational(1, 2) + BigDecimal("1")
p BigDecimal("1.5") + Rational(1, 3), BigDecimal("1.5") * 2, BigDecimal("3") - 1, 10 - BigDecimal("0.5")
p BigDecimal("Infinity") + 1, BigDecimal("Infinity") - BigDecimal("Infinity"), BigDecimal("NaN") + 1
p BigDecimal("Infinity") * 0, BigDecimal("-Infinity") * -2, BigDecimal("1") / BigDecimal("Infinity")
p -BigDecimal("1.5"), BigDecimal("-1.5").abs, +BigDecimal("2"), BigDecimal("-0") + 0
p BigDecimal("1.1") <=> 1.1, BigDecimal("3") == 3, BigDecimal("1.5") == 1.5, BigDecimal("1.5") == Rational(3, 2)
p BigDecimal("NaN") == BigDecimal("NaN"), BigDecimal("1.5") <=> BigDecimal("NaN"), BigDecimal("1.5") < BigDecimal("NaN")
p BigDecimal("1") < 2, BigDecimal("2") >= 2.0, BigDecimal("2").between?(1, 3), BigDecimal("-Infinity") < -1e300
t { BigDecimal("1") < "2" }
sum = %w[19.99 5.01 0.10 100].sum(BigDecimal("0")) { |s| BigDecimal(s) }
p sum, sum.to_s("F"), (sum / 4).round(2).to_s("F")
