def takes_block(&b) = b
pr = takes_block { |x| x + 1 }
p pr.class, pr.lambda?, pr.call(1)
l = takes_block(&->(x) { x * 2 })
p l.lambda?, l.call(4)
m = 3.method(:+)
mp = m.to_proc
p mp.lambda?, mp.call(4), mp.arity
p [1, 2].map(&3.method(:*))
def yielder = yield(10)
p yielder(&m)
h = { a: 1 }
hp = h.to_proc
p hp.call(:a), hp.lambda?
sp = :size.to_proc
p sp.call("abc"), sp.lambda?
