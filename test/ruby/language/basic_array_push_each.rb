a = []
a << 1
a.push(2)
a.each do |x|
  puts x * 10
end
p a
