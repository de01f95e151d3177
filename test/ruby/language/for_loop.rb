for i in 1..3
  print i
end
puts
p i
for a, b in [[1, 2], [3, 4]]
  puts "#{a}-#{b}"
end
for x in [10, 20, 30]
  next if x == 20
  puts x
end
for y in 1..10
  break if y > 2
end
p y
r = for z in [] do end
p r
