# Range#size (and the size of its each enumerator) for infinite, Bignum and empty ranges.
p (1..Float::INFINITY).size, (1..Float::INFINITY).each.size, (1..).size
p (1..2**70).size, (2**70..2**70 + 3).size, (1...2**64).size, (5..1).size
p (Float::INFINITY..1).size, (1.0..Float::INFINITY).size, (1..3.5).size
