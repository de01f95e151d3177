# CRuby 3.1's block auto-splat of one Array argument: only with required parameters or
# two optional ones (keywords do not count), never for |a| alone; a #to_ary that returns
# neither an Array nor nil is a TypeError.
def m(a) = yield(a)
p m([1, 2]) { |a=1| a }
p m([1, 2]) { |a=1, *r| [a, r] }
p m([1, 2]) { |*r, b| [r, b] }
p m([1, 2]) { |a=1, b=2| [a, b] }
p m([1, 2]) { |a=1, &blk| a }
p m([1, 2]) { |a=1, b: 1| [a, b] }
p m([1, 2]) { |b: 1| b }
p m([1, 2]) { |**k| k }
p m([1, {k: 2}]) { |a=1, k: 1| [a, k] }
p m([{x: 1}]) { |a=nil, **b| [a, b] }
p m([1, {x: 1}]) { |a=nil, **b| [a, b] }
p m([{x: 1}]) { |a, **b| [a, b] }
p m([1, {x: 1}]) { |a, b: 2| [a, b] }
p m([1, 2]) { |a=nil, b=3, **k| [a, b, k] }
p m(["a" => 1, a: 10]) { |a=nil, **b| [a, b] }
p m([1, 2]) { |a, **k| [a, k] }
p m([1, 2]) { |a, b: :b, c: :c| [a, b, c] }
begin
  m([1, 2]) { |a, b:, c:| [a, b, c] }
rescue ArgumentError => e
  p e.message
end
p m([1, 2, 3, {x: 9}]) { |a, b=5, *c, d, e: 2, **k| [a, b, c, d, e, k] }
(1..6).each { |n| p m((1..n).to_a) { |a, b=5, c=6, *d, e, f| [a, b, c, d, e, f] } }
o = Object.new
def o.to_ary = 1
begin
  m(o) { |a, b| }
rescue TypeError => e
  p e.message
end
o2 = Object.new
def o2.to_ary = nil
p m(o2) { |a, b| [a.class, b] }
p m(o) { |a| a.class }, m(o) { |*a| a.size }, m(o) { |a=1| a.class }
p [[1, 2]].map { |a=0| a }, [[1, 2]].each_with_index.map { |a=0, i| [a, i] }
