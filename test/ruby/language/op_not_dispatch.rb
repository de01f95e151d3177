class Flag
  attr_reader :v
  def initialize(v) = @v = v
  def ==(o)
    puts "== called"
    o.is_a?(Flag) && v == o.v
  end
  def =~(o)
    puts "=~ called"
    v == o
  end
  def !
    puts "! called"
    !v
  end
end
a = Flag.new(true)
b = Flag.new(false)
p a != b
p a != Flag.new(true)
p a !~ true
p a !~ false
p !a
p (not b)
class Always
  def !=(o)
    "custom != result"
  end
end
p Always.new != 1
p 1 != 1.0, "a" != "b", nil != false
