p 1.0 == 1, 1.0.eql?(1), 1.0.equal?(1.0), 0.1 + 0.2 == 0.3
p 1.5 <=> 2, 2.0 <=> 1, 1.0 <=> 1, 1.0 <=> "x"
p 3.7.to_i, -3.7.to_i, 3.7.to_r, 3.0.to_s, 3.7.to_s
p 1e100.to_i.to_s.size, 12.5.floor, 12.5.ceil
p 2.5.truncate, -2.5.truncate, 0.1.rationalize(Rational(1, 100))
p Float(2), Float("3.5e2"), "7.25".to_f.to_s
p 10.0.to_i.class, (10.0 ** 20).to_i
p 1.23456e-5.to_s, 123456789.0.to_s, 1234567890123456789.0.to_s
p 3.14.divmod(1), 3.14.modulo(1).round(2)
p 1.0.next_float - 1.0 == Float::EPSILON
