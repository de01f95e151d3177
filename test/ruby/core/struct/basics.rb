Point = Struct.new(:x, :y) do
  def dist2 = x * x + y * y
  def to_s = "(#{x},#{y})"
end
a = Point.new(3, 4)
p a
p a.x, a[1], a["x"], a[:y]
p a.dist2
puts a
a.x = 10
p a.to_a, a.to_h, a.members
p a == Point.new(10, 4), a.eql?(Point.new(10, 4)), a.equal?(Point.new(10, 4))
p Point.new(1), Point.new
begin
  Point.new(1, 2, 3)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
b = Point.new(1, 2)
x, y = *b
p [x, y]
p b.each.to_a, b.size, b.values
h = { b => "pt" }
p h[Point.new(1, 2)]
p Point.members
p Point.superclass
begin
  a[:z]
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  a[5]
rescue IndexError => e
  puts "#{e.class}: #{e.message}"
end
p b.dup.tap { |c| c.x = 99 }, b
P3 = Struct.new(:a, :b, :c)
p P3.new(1, 2, 3).select(&:odd?)
p P3.new(1, 2, 3).sum
