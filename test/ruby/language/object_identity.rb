a = "x"
b = a
c = "x"
p a.object_id == b.object_id
p a.object_id == c.object_id
p a.equal?(b), a.equal?(c)
p 1.object_id == 1.object_id
p :s.object_id == :s.object_id
p nil.object_id == nil.object_id
p true.object_id == false.object_id
o = Object.new
ids = 5.times.map { Object.new.object_id }
p ids.uniq.size
p o.object_id.is_a?(Integer)
p o.hash == o.hash
p o.eql?(o), o == o.dup
h = { o => 1 }
p h[o]
p h[o.dup]
