p 15.clamp(1, 10), -5.clamp(1, 10), 5.clamp(1, 10)
p 1.5.clamp(0, 1), "m".clamp("a", "f"), 7.clamp(..5), 7.clamp(10..)
vols = [-20, 0, 55, 120].map { |v| v.clamp(0, 100) }
p vols
Percent = Struct.new(:v) do
  include Comparable
  def <=>(o) = v <=> o.v
end
p Percent.new(150).clamp(Percent.new(0), Percent.new(100)).v
p 3.between?(1, 5), 3.0.between?(3, 3)
