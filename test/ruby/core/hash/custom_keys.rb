class Key
  attr_reader :id
  def initialize(id) = @id = id
  def ==(o) = o.is_a?(Key) && id == o.id
  alias eql? ==
  def hash = id.hash
  def inspect = "Key(#{id})"
end
class Plain
  def initialize(id) = @id = id
  def inspect = "Plain(#{@id})"
end
h = { Key.new(1) => :one }
p h[Key.new(1)], h.key?(Key.new(2))
h[Key.new(1)] = :uno
p h.size, h
g = { Plain.new(1) => :p }
p g[Plain.new(1)]
class OnlyEq
  def initialize(v) = @v = v
  attr_reader :v
  def ==(o) = v == o.v
end
e = { OnlyEq.new(1) => :x }
p e[OnlyEq.new(1)]
k = [1, 2]
m = { k => :arr }
k << 3
p m[[1, 2]], m[[1, 2, 3]]
m.rehash
p m[[1, 2, 3]]
