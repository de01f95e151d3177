class Meters
  attr_reader :v
  def initialize(v) = @v = v
  def +(o) = Meters.new(v + (o.is_a?(Meters) ? o.v : o))
  def *(o) = Meters.new(v * (o.is_a?(Meters) ? o.v : o))
  def coerce(n) = [Meters.new(n), self]
  def inspect = "#{v}m"
  def <=>(o) = v <=> (o.is_a?(Meters) ? o.v : o)
  include Comparable
end
m = Meters.new(5)
p m + 1, 1 + m, 2 * m, 2.5 + m, m * m
p m > 3, m == Meters.new(5), [Meters.new(3), m, Meters.new(1)].max
p 1.coerce(2.5), 1.5.coerce(2), 2.coerce(3)
class NoCoerce; end
begin
  1 + NoCoerce.new
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
