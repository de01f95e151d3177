out = []
4.times { |i| out << i }
3.upto(6) { |i| out << i }
6.downto(4) { |i| out << i }
0.step(10, 5) { |i| out << i }
p out
p 5.times.to_a.reverse, 1.upto(3).sum, 10.downto(8).to_a
p 1.step(2, 0.25).map { |f| f * 4 }
p 3.times.map { |i| "row #{i}" }
grid = 3.times.map { |r| 3.times.map { |c| r * 3 + c } }
p grid
s = 0
1.step(100, 2) { |odd| s += odd }
p s
