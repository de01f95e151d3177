class O; def initialize(a); @a = a; @b = a + 1; end; attr_reader :a; end
live = Array.new(1_000_000) { |i| O.new(i) }
s = 0
3_000_000.times { |i| s += O.new(i).a }
p s + live.size
