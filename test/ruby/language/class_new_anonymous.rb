Point = Class.new do
  attr_reader :x
  def initialize(x) = @x = x
  def to_s = "Point(#{x})"
end
puts Point.new(3)
p Point.name
anon = Class.new(StandardError)
p anon.name
p anon.superclass
begin
  raise anon, "anon error"
rescue StandardError => e
  p e.message
end
Named = anon
p anon.name, Named.name
mod = Module.new do
  def helper = "helped"
  def self.mod_method = "mod method"
end
p mod.mod_method
Klass = Class.new { include mod }
p Klass.new.helper
counter = 0
factory = ->(n) { Class.new { define_method(:n) { n } } }
a = factory.(1).new
b = factory.(2).new
p a.n, b.n
p a.class == b.class
sub = Class.new(Point) { def to_s = "Sub" + super }
puts sub.new(9)
