class Temp
  include Comparable
  attr_reader :deg
  def initialize(d) = @deg = d
  def <=>(o) = deg <=> o.deg
  def to_s = "#{deg}°"
  def inspect = "T(#{deg})"
  def succ = Temp.new(deg + 1)
end
a, b, c = Temp.new(50), Temp.new(70), Temp.new(90)
p a < b, b <= b, c > b, a == Temp.new(50), a != b
p b.between?(a, c), c.between?(a, b)
p b.clamp(a, a), a.clamp(b, c), b.clamp(a..c)
p [c, a, b].sort, [c, a, b].max, [c, a, b].minmax
r = (Temp.new(1)..Temp.new(4))
p r.to_a, r.include?(Temp.new(3)), r.cover?(Temp.new(9))
p [a, b, c].sort { |x, y| y <=> x }.map(&:to_s)
