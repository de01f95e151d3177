p 1 + 2
p 10 - 3
p 6 * 7
p 7 / 2
p -7 / 2
p 7 % 3
p -7 % 3
p 7 % -3
p 2 ** 10
p 2 ** -1
p 7.fdiv(2)
p 7.divmod(2)
p -7.divmod(2)
p 10.remainder(3)
p -10.remainder(3)
p 5 & 3
p 5 | 3
p 5 ^ 3
p ~5
p 1 << 10
p 1024 >> 3
p -1 >> 10
p 3 <=> 5
p 5 == 5.0
p 5.eql?(5.0)
p -5.abs
p 7.pred
p 7.succ
