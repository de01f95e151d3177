class Pt
  attr_reader :x, :y
  def initialize(x, y); @x, @y = x, y; end
  def ==(o) = o.is_a?(Pt) && x == o.x && y == o.y
  alias eql? ==
  def hash = [x, y].hash
  def inspect = "Pt(#{x},#{y})"
end
a = Pt.new(1, 2)
b = Pt.new(1, 2)
c = Pt.new(2, 1)
p a == b
p a.equal?(b)
p a.eql?(b)
p a == c
h = { a => "first" }
p h[b]
p h.key?(c)
p [a, b, c].uniq
p [a, c].include?(b)
p [a, b, c].count(a)
class Plain; end
x = Plain.new
y = Plain.new
p x == y
p x == x
p({ x => 1 }[y])
p 1.hash == 1.hash
p "s".hash == "s".hash
p 1.eql?(1.0), 1 == 1.0
p({ 1 => :int }[1.0])
