# Integer#size: 8 for a Fixnum, the bytes of the magnitude for a Bignum.
p 1.size, (2**62).size, (2**64).size, (2**64 - 1).size, (-(2**64)).size, (2**70).size,
  (2**100).size, (2**127).size, (2**128).size
