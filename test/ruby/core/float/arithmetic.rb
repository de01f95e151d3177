p 0.1 + 0.2
p 1.1 - 1.0
p 3.0 * 0.1
p 1.0 / 10
p 2 ** 0.5 * 2 ** 0.5
p 10.0 % 3.3
p -7.0 % 3
p 7.0.modulo(-3)
p 7.5.remainder(2)
p 6.0 / 4
p 6 / 4.0
p 1e308 * 10
p 5.0.abs, -5.0.abs, 5.0.ceil, 5.1.ceil
p 2.0.between?(1, 3)
p [1.5, 0.5, 2.5].sum
p [0.1] * 10 == [0.1] * 10
p ([0.1] * 10).sum
p ([0.1] * 10).inject(:+)
p 3.7.divmod(1.2).map { |x| x.round(10) }
p 1.0.quo(3).round(5)
p 100.0.to_s, 100.0.to_i.to_s
p 1.0.zero?, 0.0.zero?, -0.0.zero?
p 2.5.clamp(1, 2)
p Math.sqrt(2).round(10)
