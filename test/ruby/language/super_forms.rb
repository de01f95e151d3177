class Base
  def m(a, b = 2, *r, k: 0, &blk)
    "Base#m a=#{a} b=#{b} r=#{r} k=#{k} blk=#{blk&.call}"
  end
  def initialize(*args) = @args = args
  attr_reader :args
end
class Implicit < Base
  def m(a, b = 5, *r, k: 9, &blk)
    super
  end
end
class Explicit < Base
  def m(a, *) = super(a)
end
class Empty < Base
  def m(a, b = 1, *r, k: 0) = super()
rescue ArgumentError => e
  "err"
end
class ModArgs < Base
  def m(a, b = 1)
    a = 100
    super
  end
end
class BlockPass < Base
  def m(a) = super(a) { "blk" }
end
puts Implicit.new.m(1)
puts Implicit.new.m(1, 2, 3, k: 4) { "yes" }
puts Explicit.new.m(7, 8, 9)
begin
  Empty.new.m(1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
puts ModArgs.new.m(1)
puts BlockPass.new.m(3)
class Kid < Base
  def initialize(a, b)
    super
  end
end
p Kid.new(1, 2).args
module Extra
  def m(*) = "Extra(" + super + ")"
end
class WithExtra < Base
  include Extra
end
puts WithExtra.new.m(0)
class NoSuper
  def inspect = "#<NoSuper>"
  def zork = super
end
begin
  NoSuper.new.zork
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
