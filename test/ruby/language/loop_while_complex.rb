i = 0
res = []
while i < 10
  i += 1
  next if i % 3 == 0
  break if i > 7
  j = 0
  while j < i
    j += 1
    next if j.even?
    res << j if j == i
  end
end
p res
p i
n = 27
steps = 0
until n == 1
  n = n.even? ? n / 2 : 3 * n + 1
  steps += 1
end
p steps
k = 10
begin
  k -= 3
end until k < 0
p k
a = [1, 2, 3]
while (x = a.shift)
  print x
end
puts
v = 0
v += 1 until v * v > 50
p v
