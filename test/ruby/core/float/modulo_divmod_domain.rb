# Float % 0 and divmod of NaN / infinity: ZeroDivisionError and FloatDomainError (a
# NaN quotient trapped in GMP and killed the process); rationalize of NaN.
x = 0
[-> { 7.0 % 0 }, -> { 7.0 % x }, -> { 7.0 % 0.0 }, -> { 7.0.modulo(0) }, -> { 7 % 0.0 },
 -> { Float::NAN.divmod(1) }, -> { Float::INFINITY.divmod(1) }, -> { (-Float::INFINITY).divmod(2) },
 -> { 7.0.divmod(Float::NAN) }, -> { 7.0.divmod(0) }, -> { 1.0.divmod(Float::INFINITY) },
 -> { Float::NAN.rationalize }, -> { Float::INFINITY.rationalize(Rational(1, 10)) },
 -> { 7.5 % 2 }, -> { -7.5 % 2.0 }, -> { 7 % 2.5 }, -> { 7.0 % Float::NAN }, -> { 7.0 / 0 }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
