a = Complex(1, 2)
b = Complex(3, -1)
p a, b, a + b, a - b, a * b
p a.real, a.imaginary, a.abs2, a.conjugate
p Complex(3, 4).abs
p a == Complex(1, 2)
p Complex(1, 0) == 1
p 2i rescue p :nolit
p a.to_s, a.inspect
p Complex("1+2i")
p (1 + 2i) * 1i rescue p :nolit2
p Complex(4).real?
p 5.real?, 5.imaginary
