i = 0
loop do
  i += 1
  next if i.odd?
  break if i > 6
  print i, " "
end
puts
r = [1, 2, 3, 4].each do |x|
  break x * 100 if x == 3
end
p r
p [1, 2, 3].map { |x| next 0 if x == 2; x }
result = loop do
  break "done"
end
p result
n = 0
p(loop { n += 1; raise StopIteration, "s" if n == 3 })
p n
outer = (1..3).each do |a|
  (1..3).each do |b|
    next if b == 2
    print a, b, " "
  end
end
puts
p outer
