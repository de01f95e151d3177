# Struct edge cases after the native members: hidden storage, accessors, copies, subclasses.
S = Struct.new(:a, :b)
s = S.new(1)
p s, s.instance_variables, S.instance_methods(false).sort, s.to_a, s.size, s.b
s.instance_variable_set(:@a, 5); p s.a, s.instance_variables, s
d = s.dup; d.a = 9; p s.a, d.a, s.clone.b, s == S.new(1, nil), s.eql?(S.new(1)), s.hash == S.new(1).hash
f = S.new(1, 2).freeze
begin; f.a = 3; rescue => e; p e.class, e.message; end
begin; f[:b] = 3; rescue => e; p e.class, e.message; end
p f[0], f[-1], f["a"], f[:b], f.values_at(0, -1), f.to_h, f.each.to_a, f.each_pair.to_a
begin; f[2]; rescue IndexError => e; p e.message; end
begin; f[:zz]; rescue NameError => e; p e.message; end
begin; S.new(1, 2, 3); rescue ArgumentError => e; p e.message; end
K = Struct.new(:x, :y, keyword_init: true)
p K.new(x: 1, y: 2), K.new(x: 1), K[y: 3], K.keyword_init?, K.members
begin; K.new(1, 2); rescue ArgumentError => e; p e.message; end
begin; K.new(z: 1, w: 2); rescue ArgumentError => e; p e.message; end
p S.new(a: 1, b: 2) rescue p $!
p S.new({a: 1}), S.new(1, {k: 2})
class Point3 < Struct.new(:x, :y, :z)
  def initialize(x, y, z = 0) = super
  def norm = Math.sqrt(x * x + y * y + z * z)
end
pt = Point3.new(3, 4)
p pt, pt.norm, Point3.members, Point3.superclass.superclass, pt.is_a?(Struct), Point3.ancestors.include?(Enumerable)
class Sub < S; def extra = a * 2; end
p Sub.new(4, 5).extra, Sub.new(4).to_a, Sub.members
W = Struct.new(:@w, :"x-y", :Up)
w = W.new(1, 2, 3); p w, w.instance_variables, w.send(:@w), w.send(:"x-y"), w.Up
Named = Struct.new("Named", :q)
p Struct::Named.new(1)
M = Struct.new(:m) do
  def twice = m * 2
  def to_s = "M(#{m})"
end
p M.new(4).twice, "#{M.new(2)}", M.new(1).inspect
h = {S.new(1, 2) => :v}; p h[S.new(1, 2)]
case S.new(1, 2)
in [a, b] then p [:arr, a, b]
end
case S.new(1, 2)
in {a:, b:} then p [:hash, a, b]
end
p S.new(3, 1).sort, S.new(3, 1).max, S.new(1, 2).select(&:even?), S.new(1, [2, [3]]).dig(:b, 1, 0)
p Marshal.load(Marshal.dump(S.new(1, "x"))), Marshal.load(Marshal.dump(K.new(x: 1)))
