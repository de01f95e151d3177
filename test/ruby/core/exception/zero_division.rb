[-> { 1 / 0 }, -> { 1 % 0 }, -> { 1.div(0) }, -> { 5.divmod(0) }, -> { 2**100 / 0 },
 -> { Rational(1, 0) }, -> { 0 / 0 }, -> { 1.fdiv(0) }, -> { 1.0 / 0 }, -> { 1 / 0.0 },
 -> { 0.0 / 0 }, -> { 1.0.div(0) }, -> { 10.modulo(0) }].each_with_index do |l, i|
  begin
    puts "#{i}: #{l.call.inspect}"
  rescue ZeroDivisionError, FloatDomainError => e
    puts "#{i}: #{e.class}: #{e.message}"
  end
end
p ZeroDivisionError.ancestors.take(3)
