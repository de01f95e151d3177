i = 0
while i < 3
  puts i
  i = i + 1
end
