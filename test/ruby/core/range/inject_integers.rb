# Range#inject/reduce over Integer ranges (the direct loop) and the other forms.
p (1..10).inject(:+), (1...10).inject(:*), (1..10).reduce(100, :+), (5..1).inject(:+), (5..1).inject(7, :+)
p (1..1).inject(:+), (3...3).inject(:+), (3...4).inject(:-), (-3..3).inject(:-)
p (1..5).inject { |a, x| a * 10 + x }, (1..5).inject(2) { |a, x| a - x }, (1..0).inject { 1 }
p (1..4).inject(:+) { |a, x| 0 }, (1..3).inject(10, :+) { 0 }
p (1..70).inject(:*), (2**62..2**62 + 2).inject(:+)
p (1..5).inject { |a, x| break a * 100 if x == 3; a + x }
p (1.0..3.0).step(1).inject(:+), ("a".."e").inject(:+), ("a".."c").reduce("z", :+)
p (1..4).inject("+"), (1..4).inject(1, "*")
class Integer
  def plus_sq(o) = self + o * o
  private def priv_add(o) = self + o
end
p (1..4).inject(:plus_sq)
def show
  yield
rescue => e
  p [e.class, e.message]
end
show { (1..3).inject(:nope) }
show { (1..4).inject(:priv_add) }
show { (1..3).inject }
show { (1..3).inject(1, 2, 3) }
show { (1..).inject(:+) if false; (1..nil).each_slice(2).first(2).then { p _1 } }
p (1..3).method(:reduce).owner == (1..3).method(:inject).owner
