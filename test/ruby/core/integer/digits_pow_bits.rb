# Integer#digits with any radix (Bignum, to_int; negative radix), Integer#pow(b, m)
# argument errors, allbits?/anybits?/nobits? through to_int, a Bignum exponent.
r = Object.new
def r.to_int = 16
p 10.digits(2**70), 255.digits(r), 0.digits(2**64), (2**80).digits(2**40), 10.digits(2.5)
p 10.allbits?(2.0), 10.anybits?(5.9), 10.nobits?(r), 1**(2**70), (-1)**(2**70 + 1), 0**(2**70)
p 2**(2**70), (-2)**(2**70)
[-> { 10.digits(-2) }, -> { 10.digits(1) }, -> { 10.digits(-(2**70)) }, -> { -1.digits },
 -> { 10.digits("2") }, -> { 10.pow(3.0, 7) }, -> { 10.pow(3, 7.0) }, -> { 10.pow(-1, 7) },
 -> { 10.pow(-1.0, 7) }, -> { 10.pow(3, 0) }, -> { 10.allbits?("x") }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
