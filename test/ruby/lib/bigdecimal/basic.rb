# bigdecimal: BigDecimal() parsing, to_s formats, inspect, split, precision/scale/
# exponent/sign, conversions, predicates, errors.
require "bigdecimal"

def t
  p yield
rescue StandardError => e
  puts "#{e.class}: #{e.message}"
end

%w[1 1.23 -0.00012 1e20 100 0 -0 NaN Infinity -Infinity +1.5 .5 1_000.5 1E3 1d3 12.3400
   0.000000000123456789012345 123456789012345678901234567890].each do |s|
  b = BigDecimal(s)
  p [s, b, b.to_s("F"), b.split, b.exponent, b.sign, b.precision, b.scale, b.n_significant_digits]
end
%w[x 1.5x 0x1A 1. 1e].each { |s| t { BigDecimal(s) } }
t { BigDecimal("  1.5  ") }
t { BigDecimal(nil) }
t { BigDecimal(123) }
t { BigDecimal(2**70) }
t { BigDecimal("1.5", 1) }
t { BigDecimal("xx", exception: false) }
t { BigDecimal(1.1, 5) }
t { BigDecimal(1.1) }
t { BigDecimal(1.0 / 3, 10) }
t { BigDecimal(0.1, 17) }
t { BigDecimal(Rational(1, 3), 10) }
t { BigDecimal(BigDecimal("2")) }
b = BigDecimal("1234.5678")
p b.to_s("3F"), b.to_s("+F"), b.to_s("E"), b.to_s(" F"), b.to_s(3), b.to_s("1E"), BigDecimal("-1234567.5").to_s("2F")
p BigDecimal("1e-10").to_s("F"), BigDecimal("0.5").to_s("F"), BigDecimal("1.5").inspect
p BigDecimal("3.7").to_i, BigDecimal("-3.7").to_i, BigDecimal("1.5").to_f, BigDecimal("1e400").to_f, BigDecimal("-1e-400").to_f
p BigDecimal("1.5").to_r, BigDecimal("-0.125").to_r, BigDecimal("1.5").to_int
t { BigDecimal("NaN").to_i }
t { BigDecimal("Infinity").to_i }
p BigDecimal("1.5").zero?, BigDecimal("0").nonzero?, BigDecimal("2").nonzero?, BigDecimal("1.5").finite?
p BigDecimal("1.5").infinite?, BigDecimal("-Infinity").infinite?, BigDecimal("NaN").nan?, BigDecimal("-1").negative?
p BigDecimal("1.5").hash == BigDecimal("1.50").hash, BigDecimal("1.5").eql?(BigDecimal("1.50")), BigDecimal("1.5").frozen?
p BigDecimal("1.5").coerce(2), BigDecimal("1.5").integer?, BigDecimal("1.5").is_a?(Numeric)
p BigDecimal::VERSION, BigDecimal::BASE, BigDecimal::ROUND_HALF_EVEN, BigDecimal::SIGN_NEGATIVE_FINITE
t { BigDecimal.new("1") }
p [BigDecimal("2"), BigDecimal("1"), BigDecimal("1.5")].sort, [BigDecimal("2"), BigDecimal("1")].max
