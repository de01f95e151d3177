p 1.5 + 2
p 3.0 * 2
p 7.0 / 2
p 7.5 % 2
p -7.5 % 2
p 2.0 ** 0.5
p 10.0 / 3
p 1 / 3.0
p 0.1 * 3
p 1.0 / 0
p -1.0 / 0
p (0.0 / 0).nan?
p 3.7.floor
p 3.2.ceil
p -3.7.truncate
p 3.5.round
p 4.5.round
p 2.675.round(2)
p 3.14159.round(3)
p 1234.5678.round(-2)
p 10.0.to_i
p 1e3.to_i
