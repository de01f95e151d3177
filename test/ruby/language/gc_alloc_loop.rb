# Allocates far more than fits in a small heap; a precise collector keeps this bounded.
total = 0
100_000.times do |i|
  s = "string number #{i}" * 3
  a = [i, s, { k: s }]
  total += a[1].length
end
p total
list = nil
100_000.times { |i| list = [i, list] if i % 1000 == 0 }
n = 0
while list
  n += 1
  list = list[1]
end
p n
