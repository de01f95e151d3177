# Takeuchi function: deep recursion with three arguments.
def tak(x, y, z)
  if y < x
    tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
  else
    z
  end
end

sum = 0
i = 0
while i < 24
  sum += tak(24, 16, 8)
  i += 1
end
puts sum
