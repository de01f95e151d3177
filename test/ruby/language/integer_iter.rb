3.times { |i| print i }
puts
1.upto(4) { |i| print i }
puts
4.downto(1) { |i| print i }
puts
1.step(10, 3) { |i| print i, " " }
puts
10.step(1, -4) { |i| print i, " " }
puts
1.0.step(2.0, 0.5) { |f| print f, " " }
puts
p 5.times.to_a
p 1.upto(3).map { |x| x * 2 }
p 3.times.map { _1 + 1 } rescue p :no_numbered
