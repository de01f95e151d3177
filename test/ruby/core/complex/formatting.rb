p Complex(1, 2), Complex(1, -2), Complex(0, 0), Complex(-1.5, 2.5), Complex(1, 2r)
puts Complex(1, 2), Complex(3.0, -0.5)
p Complex(1, 2).to_s, Complex(1, 2).inspect
p Complex(1, 0).real?, 1.real?, Complex(1, 0) == 1, Complex(1, 1).real, Complex(1, 1).imag
