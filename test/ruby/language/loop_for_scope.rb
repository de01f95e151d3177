for i in 1..3
  inner = i * 10
end
p i, inner
for a, (b, c) in [[1, [2, 3]]]
  p [a, b, c]
end
sum = 0
for x in [1, 2, 3] do sum += x end
p sum
h = { a: 1, b: 2 }
for k, v in h
  puts "#{k}=#{v}"
end
p k
p (for e in [] do end)
p (for e in [1, 2] do end)
