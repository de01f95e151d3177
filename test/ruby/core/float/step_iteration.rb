p 0.0.step(1.0, 0.25).to_a
p 1.0.step(0.0, -0.5).to_a
p (0.0..1.0).step(0.5).to_a
p 1.step(2, 0.5).to_a
r = []
0.1.step(0.5, 0.1) { |x| r << x.round(2) }
p r
p (0.0...1.0).step(0.25).map { |x| x }
p 10.0.step(by: -2.5, to: 0).to_a
p 0.step(1, 0.1).size
