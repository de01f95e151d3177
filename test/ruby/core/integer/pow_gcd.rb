p 3.pow(4)
p 3.pow(200, 1000)
p 2.pow(100, 97)
p 12.gcd(18)
p 12.lcm(18)
p 12.gcdlcm(18)
p 0.gcd(5)
p 10 ** 0
p 0 ** 0
p 2 ** 0.5
p 4 ** -2
p (-8) ** (1.0 / 3)
p 7.abs2 rescue p $!.class
p 255.to_s(2)
p 255.to_s(16)
p 255.to_s(36)
p "ff".to_i(16)
p "1010".to_i(2)
p "z".to_i(36)
p 65.chr
p 10.bit_length
p 5[0], 5[1], 5[2]
p 6.pred, 6.succ, 6.next
p 10.ceil(-1), 15.floor(-1), 15.round(-1), 25.round(-1), 14.round(-1)
p 25.round(-1, half: :even)
p 1234.truncate(-2)
p Integer === 3, 3.integer?, 3.0.integer?
p 3.zero?, 0.zero?, 5.positive?, -5.negative?
p 17.allbits?(1), 6.anybits?(2), 6.nobits?(1)
