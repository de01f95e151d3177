counter = Enumerator.new do |y|
  y << 1
  y << 2 << 3
  y.yield 4
  y.yield 5, 6
  :ret
end
p counter.to_a
p counter.next
p counter.take(2)
evens = Enumerator.new do |y|
  n = 0
  loop { y << n; n += 2 }
end
p evens.first(4)
p evens.lazy.map { |x| x * x }.first(3)
p evens.each_slice(2).first(2)
sized = Enumerator.new(3) { |y| 3.times { |i| y << i } }
p sized.size
p Enumerator.new { |y| }.to_a
primes = Enumerator.new do |y|
  found = []
  (2..).each do |n|
    next if found.any? { |p| n % p == 0 }
    found << n
    y << n
  end
end
p primes.take(10)
