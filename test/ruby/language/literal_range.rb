p (1..5).to_a
p (1...5).to_a
p ('a'..'e').to_a
r = (1..)
p r
p r.first(3)
b = (..5)
p b
p b.include?(3)
p (1..10).step(3).to_a
p (1.0..2.0).include?(1.5)
p (1..0).to_a
p Range.new(1, 3, true)
p (1..3).size
p (1...3).size
