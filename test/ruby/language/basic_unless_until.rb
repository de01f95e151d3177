x = 5
unless x > 10
  puts "not big"
end
i = 0
until i == 3
  i += 1
end
puts i
