r = 3.times { |i| print i }
puts
p r
p 0.times.to_a
p 5.times.select(&:even?)
p 1.upto(5).select(&:odd?)
p 5.downto(1).to_a
p 3.upto(1).to_a
p 1.step(2, 0.5).to_a
p 10.step(0, -3).to_a
p 1.step(by: 2, to: 7).to_a
p 0.step(1, 0.25).map { |f| f }
e = 4.times
p e.class
p e.size
acc = []
1.upto(3) { |i| 1.upto(i) { |j| acc << [i, j] } }
p acc
s = 0
100.times { |i| s += i }
p s
p 3.times.map { |i| i * 10 }.sum
p 1.step(10, 4).size
