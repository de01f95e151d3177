P = Struct.new(:x, :y)
a = P.new(1, 2)
b = P.new(1, 2)
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash
p a == P.new(1, 2.0), a.eql?(P.new(1, 2.0))
Q = Struct.new(:x, :y)
p a == Q.new(1, 2)
p P.members, a.members, a.size, a.length
p a.to_a, a.deconstruct, a.to_h, a.values
a.each_pair { |k, v| puts "#{k}=#{v}" }
p a.each.to_a
p a.values_at(0, 1)
p P.new(3, 4).then { |pt| Math.sqrt(pt.x**2 + pt.y**2) }
p({ a => 1 }[b])
