# Sieve of Eratosthenes (nsieve): array of booleans, nested while loops.
def nsieve(m)
  flags = Array.new(m + 1, true)
  count = 0
  i = 2
  while i <= m
    if flags[i]
      count += 1
      k = i + i
      while k <= m
        flags[k] = false
        k += i
      end
    end
    i += 1
  end
  count
end

[2_000_000, 1_000_000, 500_000].each do |m|
  3.times { nsieve(m) }
  puts "Primes up to #{m.to_s.rjust(8)} #{nsieve(m).to_s.rjust(8)}"
end
