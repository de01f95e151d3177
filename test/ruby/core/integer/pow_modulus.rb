p 2.pow(10, 1000), 3.pow(100, 7), 12345.pow(6789, 1_000_000_007)
p 2.pow(2**10, 10**9 + 7)
p (2**100).pow(3, 97), 5.pow(0, 3), 5.pow(3, 1)
p (-3).pow(3, 5), 3.pow(3, -5)
def modpow(b, e, m)
  r = 1
  b %= m
  while e > 0
    r = r * b % m if e.odd?
    b = b * b % m
    e >>= 1
  end
  r
end
p modpow(12345, 6789, 1_000_000_007) == 12345.pow(6789, 1_000_000_007)
p (1..20).map { |x| x.pow(x, 13) }
begin
  2.pow(-1, 5)
rescue RangeError => e
  puts "#{e.class}: #{e.message}"
end
