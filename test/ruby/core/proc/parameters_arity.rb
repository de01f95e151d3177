p proc { |a, b = 1, *c, d, e:, f: 2, **g, &h| }.parameters
p ->(a, b = 1, *c, d, e:, f: 2, **g, &h) {}.parameters
p proc { |a| }.parameters, proc { |(a, b)| }.parameters
p ->() {}.arity, ->(a) {}.arity, ->(a, b = 1) {}.arity, ->(*a) {}.arity, ->(a, *b) {}.arity
p ->(a:) {}.arity, ->(a: 1) {}.arity, ->(**k) {}.arity, ->(a, b:) {}.arity
p proc { |a, b| }.arity, proc { |a, b = 1| }.arity, proc { |*a, b| }.arity
p method(:puts).arity, method(:format).arity
def m(a, b = 1, *c, d:, **e); end
p method(:m).arity, method(:m).parameters
