a = [1, 2, 3]
p a
p []
p [1, [2, [3, [4]]]]
p [*a, 4]
p [*1..3, *"x"]
p [1, 2,]
b = [
  1,
  2
]
p b
p Array.new(3)
p Array.new(2, 0)
p Array.new(3) { |i| i * i }
p [nil, true, false]
