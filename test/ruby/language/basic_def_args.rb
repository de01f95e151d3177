def add(a, b)
  a + b
end
puts add(2, 3)
puts add(add(1, 1), 10)
