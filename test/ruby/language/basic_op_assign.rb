x = 1
x += 2
x *= 3
x -= 1
puts x
y = nil
y ||= 5
puts y
