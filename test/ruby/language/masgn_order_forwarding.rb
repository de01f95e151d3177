def log(x); (@log ||= []) << x; x; end
class Box; attr_accessor :a, :b; def []=(i, v); log("set#{i}=#{v}"); end; end
b = Box.new
def recv(b, n); log("recv#{n}"); b; end
recv(b, 1).a, recv(b, 2).b = log(:x), log(:y)
p @log
@log = []
h = {}
h[log(:k1)], h[log(:k2)] = log(1), log(2)
p @log, h
a, (b2, c), *d, e = 1, [2, 3], 4, 5, 6
p [a, b2, c, d, e]
x = y = nil
x, y = y, x
p [x, y]
first, *rest = "a b c".split
p first, rest
*init, last = [1, 2, 3]
p init, last
m, n = 1
p m, n
o, = [9, 8]
p o
def fwd(...) = target(...)
def target(*a, **kw, &b) = [a, kw, b&.call]
p fwd(1, 2, k: 3) { :blk }
p fwd()
h = nil
p target(**{})
def kwonly(**kw) = kw
p kwonly(**{}), kwonly(a: 1, **{b: 2})
def opt(a, b = a * 2, *r, c:, d: c + 1, **o, &blk) = [a, b, r, c, d, o]
p opt(1, c: 3), opt(1, 2, 3, c: 4, d: 5, e: 6)
def anyargs(*) = :ok
p anyargs(1, 2)
def kwr(**nil); end rescue p $!
p method(:opt).arity, method(:opt).parameters
p proc { |a, (b, c), *d| }.parameters, lambda { |x, y = 1| }.arity
class O; attr_accessor :a, :b; end
o = O.new
r = (o.a, o.b = 1, 2)
p r, o.a, o.b
arr = [0, 0, 0]
i = 0
arr[i += 1], arr[i += 1] = :x, :y
p arr, i
(o.a, x), *o.b = [5, 6], 7, 8
p o.a, x, o.b
h = {}
h[:a], (h[:b], h[:c]) = 1, [2, 3]
p h
def m(o) = (o.a, o.b = o.b, o.a)
p m(o), o.a
a = [1, 2, 3]
a[0], a[1] = a[1], a[0]
p a
