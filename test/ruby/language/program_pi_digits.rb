# Digits of pi (Machin's formula) and e with Integer-only bignum arithmetic.
def arctan_inv(x, unity)
  sum = term = unity / x
  x2 = x * x
  n = 1
  sign = -1
  while term != 0
    term /= x2
    sum += sign * (term / (2 * n + 1))
    sign = -sign
    n += 1
  end
  sum
end

def pi_digits(digits)
  guard = 10
  unity = 10**(digits + guard)
  pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
  pi / 10**guard
end

def e_digits(digits)
  guard = 10
  unity = 10**(digits + guard)
  sum = 0
  term = unity
  k = 0
  while term > 0
    sum += term
    k += 1
    term /= k
  end
  sum / 10**guard
end

pi = pi_digits(200).to_s
puts "3." + pi[1..].scan(/.{1,50}/).join("\n  ")
p pi.size
e = e_digits(100).to_s
puts "e = #{e[0]}.#{e[1..]}"
p pi[1, 10].chars.map(&:to_i).sum
p pi.each_char.tally.sort.to_h
p pi.index("999999")
sqrt2 = Integer.sqrt(2 * 10**200).to_s
p sqrt2[0, 30]
p (pi_digits(50) * e_digits(50)).to_s[0, 20]
