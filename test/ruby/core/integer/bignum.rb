p 2**100
p 2**64 - 1
p -(2**70)
a = 12345678901234567890
b = 98765432109876543210
p a + b
p b - a
p a * b
p b / a
p b % a
p b.divmod(a)
p (2**100).class
p (2**100).to_s(16)
p (2**100).to_s(2).length
p (2**200) / (2**100) == 2**100
p (1..30).inject(:*)
p (1..30).reduce(1) { |x, y| x * y }.to_s.length
p (2**64).digits.first(3)
p (3**50).bit_length
p -(2**65) / 3
p -(2**65) % 7
p (10**30).fdiv(10**10)
p 2**100 > 2**99
p (2**100) <=> (2**100 + 1)
p (2**100).hash == (2**100).hash
p 100.digits
p (2**62) * 2
p 4611686018427387904.class
p (2**100).even?
p (2**100 + 1).odd?
p Integer.sqrt(10**40)
p (10**20).to_s.reverse
