p 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100
p 1 << 0, 1 << 62, 1 << 64, 256 >> 4, -16 >> 2, 5 >> 10, 1 << -1
p 10[0], 10[1], 10[3], 10[100]
p 255.bit_length, 256.bit_length, 0.bit_length, -1.bit_length
p 0xff.to_s(2).count("1")
p (2**70) & 0xffff, (2**70) | 1 == 2**70 + 1, (2**70) >> 68
p -1 & 0xff, -256 | 0x0f
p 6.allbits?(6), 6.anybits?(1), 6.nobits?(1)
