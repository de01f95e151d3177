x = 1
y = "two"
h = { x:, y: }
p h
def z = :from_method
p({ z: })
a = { "str": 1, "with space": 2, "#{x}interp": 3 }
p a
b = { a: 1, **{ b: 2 }, c: 3 }
p b
def opts(**kw) = kw
p opts(x:, y:)
c = { 1 => :a, 2 => :b, }
p c
nested = { outer: { inner: [1, { deep: true }] } }
p nested
p nested[:outer][:inner][1][:deep]
p({ if: 1, class: 2, def: 3 })
p({ "a" => 1 }.merge("a" => 2))
