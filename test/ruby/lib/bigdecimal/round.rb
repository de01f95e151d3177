# bigdecimal rounding: round/truncate/floor/ceil with and without digits, every mode,
# BigDecimal.mode and save_rounding_mode, and division under other modes; bigdecimal/util.
require "bigdecimal"
require "bigdecimal/util"

def t
  p yield
rescue StandardError => e
  puts "#{e.class}: #{e.message}"
end

p BigDecimal("1.23456").round(2), BigDecimal("2.5").round, BigDecimal("-2.5").round, BigDecimal("2.5").round(0, :half_even)
p BigDecimal("1.23456").round(3, BigDecimal::ROUND_DOWN), BigDecimal("1.5").round(half: :even), BigDecimal("1234.5").round(-2)
p BigDecimal("1.5").round(0), BigDecimal("1.5").round(0).class, BigDecimal("1.5").round(0, :half_even).class
p BigDecimal("15").round(-1, half: :down), BigDecimal("1.55").round(1, :half_even), BigDecimal("1.65").round(1, :half_even)
p BigDecimal("-1.5").truncate, BigDecimal("-1.5").floor(0), BigDecimal("1.2345").floor(2), BigDecimal("1.2345").ceil(2)
p BigDecimal("-1.5").ceil, BigDecimal("-1.5").ceil(0), BigDecimal("1.25").truncate(1), BigDecimal("1.5").floor(-1)
p BigDecimal("123.456").truncate(-1), BigDecimal("1.5").frac, BigDecimal("-1.5").fix, BigDecimal("123.456").round(2).to_s("F")
%i[up down half_up half_down half_even ceiling floor].each do |m|
  p [m, %w[2.5 -2.5 2.51 2.49 3.5 -3.5].map { |s| BigDecimal(s).round(0, m).to_s("F") }]
end
t { BigDecimal("NaN").round }
t { BigDecimal("1").round(0, :bogus) }
p BigDecimal.mode(BigDecimal::ROUND_MODE)
BigDecimal.mode(BigDecimal::ROUND_MODE, :half_even)
p BigDecimal("2.5").round, BigDecimal.mode(BigDecimal::ROUND_MODE), BigDecimal("2") / 3
BigDecimal.mode(BigDecimal::ROUND_MODE, :down)
p BigDecimal("2") / 3
p BigDecimal.save_rounding_mode { BigDecimal.mode(BigDecimal::ROUND_MODE, :up); BigDecimal("1") / 3 }
p BigDecimal.mode(BigDecimal::ROUND_MODE)
BigDecimal.mode(BigDecimal::ROUND_MODE, BigDecimal::ROUND_HALF_UP)
p 0.1.to_d, "1.5".to_d, 3.to_d, "abc".to_d, "1.5abc".to_d, "1_000".to_d, nil.to_d, 1.0.to_d.class
p (1 / 3r).to_d(5), BigDecimal("1.50").to_digits, 3.14159.to_d(3), BigDecimal("2").to_d
