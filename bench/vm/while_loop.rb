# A bare while loop: local variable access, integer add and compare.
i = 0
sum = 0
while i < 50_000_000
  sum += i & 7
  sum -= 1 if (i ^ sum) & 3 == 0
  i += 1
end
puts sum
