p 3.14159.round(2)
p 2.5.round, 3.5.round, -2.5.round
p 2.5.round(half: :even), 2.5.round(half: :down), 2.5.round(half: :up)
p 1.15.round(1)
p 1.25.round(1)
p 12345.6789.round(-2)
p 12345.6789.floor(2)
p 12345.6789.ceil(1)
p -3.5.floor, -3.5.ceil, -3.5.truncate, -3.5.round
p 3.999.to_i
p 1e-10.round(5)
p 0.5.round, 1.5.round
p 10.0.round(2)
p 10.126.round(2).to_s
p 1.0.floor.class, 1.0.round(1).class
p 7.0.divmod(2), -7.0.divmod(2)
p 7.25 % 1
p 2.0.fdiv(3).round(4)
p 1234567.891.truncate(-3)
p format("%.2f", 2.675)
p format("%.0f %.0f", 0.5, 1.5)
p format("%.3e", 0.000123456)
p format("%10.4f|", Math::PI)
p format("%-10.2f|", -1.5)
p format("%+.1f", 3.0)
p 1.23456.floor(3), 1.23456.ceil(3)
