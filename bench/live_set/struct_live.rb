# 1M arrays stay live while a loop creates Struct instances
live = Array.new(1_000_000) { |i| [i] }
P = Struct.new(:x, :y)
s = 0
2_000_000.times { |i| s += P.new(i, 1).x }
p s + live.size
