# Fast paths of the dispatch loop and their fallbacks: a call site alternating between
# receiver classes (two inline-cache entries) while methods are redefined, index
# assignment into Arrays (in place, out of range, frozen, subclass, redefined []=), and
# `a, b = x, y` as a statement.
class Leaf; def kind = :leaf; end
class Node; def kind = :node; end
def kinds(xs) = xs.map { |x| x.kind }
mixed = [Leaf.new, Node.new, nil, Leaf.new, Node.new, 1]
class NilClass; def kind = :nil; end
class Integer; def kind = :int; end
p kinds(mixed)
class Node; def kind = :node2; end
p kinds(mixed)
def nils(xs) = xs.map { |x| x.nil? }
p nils([[1], nil, [2], nil, 3])
class Array; def nil? = :array_nil; end
p nils([[1], nil, [2], nil, 3])

a = [1, 2, 3]
a[0] = 10
a[-1] = 30
a[5] = 60
p a
p(a[1] = :v)
b = [1, 2].freeze
begin
  b[0] = 9
rescue => e
  p e.class
end
class MyArr < Array
  def []=(i, v)
    super(i, v * 2)
  end
end
m = MyArr.new([1, 2])
m[0] = 5
p m
x, y = 1, 2
x, y = y, x
p [x, y]
q, r, s = :a, :b, :c
q, r, s = s, q, r
p [q, r, s]
t = (u, w = 4, 5)
p [t, u, w]
i = 0
perm = [1, 2, 3, 4]
perm[i], perm[3] = perm[3], perm[i]
p perm
class Array
  alias_method :plain_aset, :[]=
  def []=(i, v)
    plain_aset(i, [v])
  end
end
d = [1, 2]
d[0] = 3
d[1], d[0] = 4, 5
p d
module Negate
  def []=(i, v)
    super(i, -v)
  end
end
Array.prepend(Negate)
c = [1, 2, 3]
c[1] = 7
p c
c[0], c[2] = 8, 9
p c
