lines = ["name=Ann", "junk", "age=30"]
lines.each do |l|
  if (m = l.match(/(\w+)=(\w+)/))
    puts "#{m[1]} -> #{m[2]}"
  else
    puts "skip #{l}"
  end
end
queue = [3, 2, 1]
while (x = queue.shift)
  print x
end
puts
if (a = nil)
  p :never
elsif (b = 5)
  p b
end
p a
v = (w = 2) + 1
p v, w
