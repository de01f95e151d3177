a = Complex(3, 4)
p a.abs, a.arg.round(6), a.polar.map { |x| x.round(6) }, a.rectangular
p a * a.conjugate, a / Complex(0, 1), a ** 2, -a
p Complex.polar(1, Math::PI / 2).rectangular.map { |x| x.round(10) }
p Complex(1, 2) + 1, Complex(1, 2) * 2.0, Complex(1, 2) - Complex(1, 2)
p Complex(1.5, 0).to_f rescue p $!.class
begin
  Complex(1, 2).to_i
rescue RangeError => e
  puts "#{e.class}: #{e.message}"
end
p Complex(0, 1) ** 2 == -1, Complex("3-4i"), "2+0i".to_c
