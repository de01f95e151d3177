a = { x: 1, y: 2 }
b = { y: 20, z: 30 }
p a.merge(b), b.merge(a), a
p a.merge(b) { |k, old, new| old + new }
p a.merge(b, { w: 0 })
p a.merge
c = a.dup
c.update(b)
p c
c.merge!(q: 1) { |*| :never }
p c
d = { n: 1 }
d.merge!({ n: 2 }) { |key, o, n| [key, o, n] }
p d
p({ a: { b: 1 } }.merge({ a: { c: 2 } }))
deep = ->(x, y) { x.merge(y) { |_, o, n| o.is_a?(Hash) && n.is_a?(Hash) ? deep.(o, n) : n } }
p deep.({ a: { b: 1, c: { d: 1 } } }, { a: { c: { e: 2 } } })
