o = Object.new
def o.hi = "hi"
o.instance_variable_set(:@v, 1)
c = o.clone
d = o.dup
p c.hi, c.instance_variable_get(:@v), d.instance_variable_get(:@v)
p d.respond_to?(:hi), c.singleton_methods, d.singleton_methods
o.freeze
p o.clone.frozen?, o.dup.frozen?, o.clone(freeze: false).frozen?, o.clone(freeze: true).frozen?
s = "str".freeze
p s.clone.frozen?, s.dup.frozen?
m = Module.new { def modm = :modm }
x = Object.new
x.extend(m)
p x.clone.respond_to?(:modm), x.dup.respond_to?(:modm)
a = [[1], [2]].freeze
b = a.dup
b << [3]
p a, b, a.frozen?, b.frozen?, b[0].equal?(a[0])
