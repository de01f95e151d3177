# Blocks: yield, block arguments, closures over outer locals, Integer#times.
def each_pair_upto(n)
  i = 0
  while i < n
    yield i, i + 1
    i += 1
  end
end

def twice
  yield
  yield
end

total = 0
each_pair_upto(12_000_000) { |a, b| total += a ^ b }
count = 0
6_000_000.times { twice { count += 1 } }
acc = 0
[1, 2, 3, 4, 5].each { |x| 900_000.times { |j| acc += x * (j & 3) } }
puts total
puts count
puts acc
