class Point
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def deconstruct
    puts "deconstruct called"
    [x, y]
  end
  def deconstruct_keys(keys)
    puts "deconstruct_keys(#{keys.inspect})"
    { x: x, y: y }
  end
end
case Point.new(1, 2)
in [a, b] then p [a, b]
end
case Point.new(3, 4)
in { x:, y: } then p [x, y]
end
case Point.new(0, 5)
in Point(x: 0, y:) then puts "on y axis at #{y}"
end
case Point.new(6, 7)
in Point[a, b] then p a * b
end
S = Struct.new(:name, :age)
case S.new("Al", 30)
in [name, age] then p [name, age]
end
case S.new("Bo", 20)
in { name: String => n } then p n
end
D = Data rescue nil
p S.new("x", 1).deconstruct_keys([:age])
p S.new("x", 1).deconstruct
