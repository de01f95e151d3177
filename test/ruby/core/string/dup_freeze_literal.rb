a = "lit"
b = "lit"
p a.equal?(b)
p a.frozen?
c = a.dup
c << "!"
p a, c
d = a.freeze
p d.equal?(a), a.frozen?
e = a.dup
p e.frozen?
f = -"interned"
g = -"interned"
p f.equal?(g), f.frozen?
p (+a).frozen?, (+a).equal?(a)
h = a.clone
p h.frozen?
