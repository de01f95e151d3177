class Vec
  attr_reader :x, :y
  def initialize(x, y) = (@x, @y = x, y)
  def +(o) = Vec.new(x + o.x, y + o.y)
  def -(o) = Vec.new(x - o.x, y - o.y)
  def *(k) = Vec.new(x * k, y * k)
  def -@ = Vec.new(-x, -y)
  def +@ = self
  def ==(o) = o.is_a?(Vec) && x == o.x && y == o.y
  def [](i) = i == 0 ? x : y
  def []=(i, v)
    i == 0 ? @x = v : @y = v
  end
  def <=>(o) = (x**2 + y**2) <=> (o.x**2 + o.y**2)
  def !
    "not called"
  end
  def to_s = "(#{x}, #{y})"
  def coerce(n) = [Vec.new(n, n), self]
  def call(z) = "called #{z}"
  def =~(o) = "match #{o}"
  def <<(v) = (@x += v; self)
  def ~ = "tilde"
  def %(m) = Vec.new(x % m, y % m)
end
a = Vec.new(1, 2)
b = Vec.new(3, 4)
puts a + b, a - b, a * 3, -a, +a
p a == Vec.new(1, 2), a != b
p a[0], a[1]
a[1] = 9
puts a
p a <=> b
p(!a)
p a.(5)
p a =~ 7
a << 1 << 1
puts a
p ~a
puts b % 2
