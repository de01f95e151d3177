class Calc
  def add(a, b = 1) = a + b
  def neg = -1
  def many(*a, k:) = a
end
c = Calc.new
m = c.method(:add)
p m.call(2, 3)
p m.(4)
p m[5, 5]
p m.arity
p c.method(:neg).arity
p c.method(:many).arity
p m.name
p m.owner
p m.receiver.class
um = m.unbind
p um.class
bm = um.bind(Calc.new)
p bm.call(10)
um2 = Calc.instance_method(:neg)
p um2.bind_call(c)
p [1, 2, 3].map(&c.method(:add))
pr = m.to_proc
p pr.call(1, 1)
p pr.lambda?
p 5.method(:+).call(6)
p [1, -2, 3].map(&:abs)
p "x".method(:upcase).owner
p Calc.instance_method(:add).parameters
p c.method(:many).parameters
