class Obj
  attr_accessor :v
  def initialize; @v = nil; end
end
o = Obj.new
o.v ||= 1
o.v ||= 2
p o.v
o.v += 10
p o.v
o.v &&= o.v * 2
p o.v
a = [1, 2, 3]
a[0] += 100
a[5] ||= :new
p a
h = Hash.new(0)
h[:x] += 1
h[:x] += 1
h[:y] ||= 5
p h
@iv ||= "iv"
@iv += "!"
p @iv
$gv ||= 1
$gv <<= 3
p $gv
class Obj
  @@cv = 1
  def self.bump; @@cv += 1; @@cv *= 10; end
end
p Obj.bump
A_CONST ||= 7
p A_CONST
x = 5
x |= 2
x &= 6
x ^= 1
x >>= 1
p x
n = nil
p(n&.length)
o2 = nil
o2&.v = 3
p o2
