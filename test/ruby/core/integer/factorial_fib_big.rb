def fact(n) = (1..n).inject(1, :*)
p fact(0), fact(1), fact(20), fact(21), fact(30), fact(50)
p fact(100).to_s.size, fact(100).digits.sum
fib = [0, 1]
fib << fib[-1] + fib[-2] while fib.size < 101
p fib[50], fib[90], fib[100]
p fact(25) / fact(23), fact(30) % 1_000_007
p (2**64).to_s, (2**64 - 1).to_s(16), (-2)**63
p (3**100).to_s.length
p fact(40).to_s.count("0")
p Integer.sqrt(fact(20)), (10**18 + 1).even?
p 2**62 - 1 + 1, (2**62).class, (2**62 * 2**62).bit_length
