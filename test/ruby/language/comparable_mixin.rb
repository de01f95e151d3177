class Version
  include Comparable
  attr_reader :parts
  def initialize(s) = @parts = s.split(".").map(&:to_i)
  def <=>(o) = parts <=> o.parts
  def to_s = parts.join(".")
  def inspect = "v#{self}"
end
a = Version.new("1.2.3")
b = Version.new("1.10.0")
c = Version.new("1.2.3")
p a < b, a > b, a == c, a != b, a <= c, a >= b
p a.between?(c, b)
p [b, a, Version.new("0.9")].sort
p [b, a].max
p a.clamp(Version.new("1.5"), b)
p b.clamp(a, a)
p 15.clamp(1, 10)
p 5.clamp(..3)
p "b".clamp("a", "c")
class Weird
  include Comparable
  def <=>(o) = nil
end
begin
  Weird.new < Weird.new
rescue ArgumentError => e
  puts "#{e.class}: #{e.message.sub(/0x\h+/, 'X')}"
end
p Weird.new == Weird.new
