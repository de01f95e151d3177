# Array operations: sort, sort_by, map, select, reduce, include?, push/pop.
n = 200_000
seed = 42
arr = Array.new(n) do
  seed = (seed * 1103515245 + 12345) % 2147483648
  seed % 1_000_000
end
sorted = nil
15.times { sorted = arr.sort }
by_neg = arr.sort_by { |x| -x }
mapped = nil
selected = nil
30.times do
  mapped = arr.map { |x| x * 2 + 1 }
  selected = mapped.select { |x| x % 3 == 0 }
end
total = arr.reduce(0) { |s, x| s + x }
stack = []
3_000_000.times { |i| stack.push(i); stack.pop if i.odd? }
small = (0...1000).to_a
found = 0
2000.times { |i| found += 1 if small.include?(i) }
puts sorted[0], sorted[-1], sorted[n / 2]
puts by_neg[0]
puts selected.size
puts total
puts stack.size
puts found
