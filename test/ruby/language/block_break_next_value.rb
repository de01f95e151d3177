def each_twice
  r1 = yield 1
  r2 = yield 2
  [r1, r2]
end
p each_twice { |x| next x * 10 }
p each_twice { |x| break :broken if x == 2; x }
p each_twice { |x| x }
p [1, 2, 3].each { |x| break x * 3 if x == 2 }
p [1, 2, 3].map { |x| next :skip if x == 2; x }
p (1..Float::INFINITY).each { |i| break i if i * i > 50 }
found = [5, 8, 13].find { |x| next false if x < 8; true }
p found
def loop_with_break
  r = loop do
    break 42
  end
  r + 1
end
p loop_with_break
def uses_each
  [1, 2, 3].each do |x|
    return x * 100 if x == 2
  end
  :unreached
end
p uses_each
z = 3.times.map do |i|
  next "even" if i.even?
  "odd"
end
p z
