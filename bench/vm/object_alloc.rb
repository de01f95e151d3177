# Object allocation with instance variables: many short-lived objects with
# initialize, attribute readers and a method call on each.
class Vec3
  attr_reader :x, :y, :z

  def initialize(x, y, z)
    @x = x
    @y = y
    @z = z
  end

  def add(o)
    Vec3.new(@x + o.x, @y + o.y, @z + o.z)
  end

  def dot(o)
    @x * o.x + @y * o.y + @z * o.z
  end
end

class Particle
  attr_reader :pos, :vel

  def initialize(pos, vel)
    @pos = pos
    @vel = vel
    @age = 0
  end

  def step
    Particle.new(@pos.add(@vel), @vel)
  end
end

acc = Vec3.new(0, 0, 0)
i = 0
while i < 4_000_000
  v = Vec3.new(i, i + 1, i + 2)
  acc = acc.add(v)
  i += 1
end
p = Particle.new(Vec3.new(0, 0, 0), Vec3.new(1, 2, 3))
1_200_000.times { p = p.step }
puts acc.x + acc.y + acc.z
puts p.pos.dot(Vec3.new(1, 1, 1))
