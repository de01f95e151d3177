class Money
  include Comparable
  attr_reader :cents
  def initialize(c) = @cents = c
  def <=>(o) = o.is_a?(Money) ? cents <=> o.cents : nil
  def to_s = format("$%d.%02d", cents / 100, cents % 100)
  def inspect = to_s
end
lo, hi = Money.new(100), Money.new(500)
[50, 100, 250, 500, 900].each do |c|
  m = Money.new(c)
  puts "#{m} clamp=#{m.clamp(lo, hi)} between=#{m.between?(lo, hi)}"
end
p Money.new(1) == Money.new(1), Money.new(1).equal?(Money.new(1))
p Money.new(1) == "x"
p [Money.new(3), Money.new(1), Money.new(2)].sort, [Money.new(3), Money.new(1)].min
begin
  Money.new(1) < 5
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p 5.clamp(1..3), 0.clamp(1..), 2.5.clamp(1, 2)
begin
  5.clamp(3, 1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p "m".clamp("a", "f")
