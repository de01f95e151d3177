class Point3 < Struct.new(:x, :y, :z)
  def +(o) = Point3.new(x + o.x, y + o.y, z + o.z)
  def to_s = "(#{to_a.join(', ')})"
  def self.origin = new(0, 0, 0)
end
a = Point3.new(1, 2, 3)
puts a + a, Point3.origin
p Point3.ancestors.include?(Struct)
p Point3.superclass.superclass
p a
Pair = Struct.new(:left, :right) do
  include Comparable
  def <=>(o) = to_a <=> o.to_a
  def swap = Pair.new(right, left)
end
p [Pair.new(2, 1), Pair.new(1, 5), Pair.new(1, 2)].sort
p Pair.new(1, 2).swap, Pair.new(1, 2) < Pair.new(1, 3)
p Pair.new(1).right
