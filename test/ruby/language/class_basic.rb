class Point
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end
  def +(other)
    Point.new(x + other.x, y + other.y)
  end
  def to_s
    "(#{x}, #{y})"
  end
  def inspect
    "#<Point #{x},#{y}>"
  end
end
a = Point.new(1, 2)
b = Point.new(3, 4)
puts a + b
p a
p [a, b]
puts "#{a}"
p a.class
p Point.superclass
p a.is_a?(Point)
p a.instance_of?(Object)
p a.respond_to?(:x)
p a.respond_to?(:z)
p Point.name
p Point.instance_methods(false).sort
