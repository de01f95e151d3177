x = 3
if x > 2
  puts "big"
else
  puts "small"
end
if x == 0
  puts "zero"
elsif x == 3
  puts "three"
end
puts "done"
