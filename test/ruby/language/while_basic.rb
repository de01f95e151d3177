i = 0
while i < 5
  print i, " "
  i += 1
end
puts
j = 10
until j <= 7
  puts j
  j -= 1
end
k = 0
k += 1 while k < 100
p k
m = 0
begin
  m += 1
end while false
p m
n = 0
n += 2 until n >= 9
p n
r = while true do break 42 end
p r
p(while false do end)
