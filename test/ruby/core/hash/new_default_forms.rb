h1 = Hash.new
h2 = Hash.new(0)
h3 = Hash.new { |h, k| h[k] = k * 2 }
h4 = Hash.new { |_, k| "no #{k}" }
p h1[:x], h2[:x], h3[5], h4[:y]
p h1.size, h2.size, h3.size, h4.size
p h3, h4
p h2.default, h3.default, h3.default_proc.arity
h2.default = 5
p h2[:q]
h5 = { a: 1 }
h5.default = :dflt
p h5[:zz], h5.fetch(:a)
h6 = Hash.new(0).tap { |h| %w[a b a].each { |w| h[w] += 1 } }
p h6
p Hash.new(capacity: 10) rescue p :nocapacity
