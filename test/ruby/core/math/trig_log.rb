include Math
p sin(0), cos(0), tan(0), asin(1), acos(1), atan(1)
p sin(PI / 6).round(10), cos(PI / 3).round(10), tan(PI / 4).round(10)
p atan2(1, 0), atan2(-1, -1)
p sinh(0), cosh(0), tanh(0)
p log(1), log(E), log(100, 10), log2(8), log10(0.001), exp(2).round(10)
p sqrt(81), cbrt(-27), hypot(5, 12)
p PI.round(10), E.round(10)
p (0..4).map { |i| sin(i * PI / 2).round(6) }
p Math.erf(0), Math.gamma(5), Math.lgamma(3)[0].round(10) rescue p :x
