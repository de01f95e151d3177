# Fannkuch-redux (Computer Language Benchmarks Game): array indexing, swaps and
# reversals of small integer arrays.
def fannkuch(n)
  perm1 = (0...n).to_a
  count = [0] * n
  max_flips = 0
  checksum = 0
  perm_count = 0
  r = n

  loop do
    while r != 1
      count[r - 1] = r
      r -= 1
    end

    perm = perm1.dup
    flips = 0
    k = perm[0]
    while k != 0
      i = 0
      j = k
      while i < j
        perm[i], perm[j] = perm[j], perm[i]
        i += 1
        j -= 1
      end
      flips += 1
      k = perm[0]
    end
    max_flips = flips if flips > max_flips
    checksum += perm_count.even? ? flips : -flips

    loop do
      return [checksum, max_flips] if r == n
      perm0 = perm1[0]
      i = 0
      while i < r
        perm1[i] = perm1[i + 1]
        i += 1
      end
      perm1[r] = perm0
      count[r] -= 1
      break if count[r] > 0
      r += 1
    end
    perm_count += 1
  end
end

n = 9
checksum, flips = fannkuch(n)
# fannkuch(9) takes ~1 s under CRuby 3.1; run it twice (fannkuch(10) would take ~11 s).
checksum2, flips2 = fannkuch(n)
raise "unstable" unless [checksum2, flips2] == [checksum, flips]
puts checksum
puts "Pfannkuchen(#{n}) = #{flips}"
