i = 0
r = while i < 10
  i += 1
  break i * 100 if i == 4
end
p r
r2 = while false do end
p r2
j = 0
r3 = until j > 2
  j += 1
end
p r3
k = 0
r4 = begin
  k += 1
end while k < 3
p r4, k
res = [1, 2, 3].each_with_index do |x, idx|
  break [x, idx] if x == 2
end
p res
