a = 5
b = a + 1
a = a * 2
puts a
puts b
