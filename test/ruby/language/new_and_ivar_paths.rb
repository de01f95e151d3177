# Class#new and instance-variable fast paths and their fallbacks: initialize setting
# new slots (more than fit inline, in varying orders, on frozen and on subclass
# instances), allocate and initialize redefined after the call site ran, and `new`
# on classes whose initialize is inherited, native or absent.
class P3
  def initialize(a, b, c)
    @a = a
    @b = b
    @c = c
  end
  attr_reader :a, :b, :c
end
ps = (1..5).map { |i| P3.new(i, i * 2, i * 3) }
p ps.map { |o| [o.a, o.b, o.c] }

class Wide
  def initialize(n)
    @v0 = n
    @v1 = n + 1 if n.odd?
    @v2 = n + 2
    @v3 = n + 3
    @v4 = n + 4
    @v5 = n + 5
  end
end
ws = (0..3).map { |i| Wide.new(i) }
p ws.map { |w| w.instance_variables.size }
p ws.map { |w| w.instance_variable_get(:@v1) }
p ws.last.inspect.scan(/@v\d/)

class Frosty
  def initialize = @x = 1
  def set = @y = 2
end
f = Frosty.new
f.freeze
begin
  f.set
rescue => e
  p e.class
end
g = Frosty.new
g.set
p g.instance_variables

class Sub3 < P3
  def initialize(a)
    super(a, a, a)
    @d = a
  end
end
s = Sub3.new(7)
p [s.a, s.c, s.instance_variable_get(:@d)]

def make(k, *args) = k.new(*args)
p make(P3, 1, 2, 3).a
class P3
  def self.allocate
    o = super
    o.instance_variable_set(:@pre, :allocated)
    o
  end
end
p make(P3, 1, 2, 3).a
p P3.new(4, 5, 6).instance_variable_get(:@pre)
class P3
  def initialize(*xs)
    @a = xs.sum
  end
end
p make(P3, 1, 2, 3).a
class << P3
  remove_method :allocate
end
p make(P3, 1, 2, 3).instance_variable_get(:@pre)

class Plain; end
p make(Plain).class
begin
  make(Plain, 1)
rescue ArgumentError => e
  p e.message
end
class Inh < P3; end
p make(Inh, 4, 5).a
p make(String, "abc")
p make(Array, 2, :z)
class MyStr < String
  def initialize(s)
    super(s * 2)
  end
end
p make(MyStr, "ab")
class BadInit
  def initialize(x) = raise("boom #{x}")
end
begin
  make(BadInit, 3)
rescue => e
  p e.message
end
