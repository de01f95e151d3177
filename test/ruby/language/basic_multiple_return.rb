def pair
  return 1, 2
end
a, b = pair
puts a
puts b
p pair
