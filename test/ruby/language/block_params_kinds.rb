def yield3 = yield(1, 2, 3)
yield3 { |a, b = 10, *c, d| p [a, b, c, d] }
yield3 { |a, *| p a }
yield3 { |*, c| p c }
yield3 { |a, (b, c)| p [a, b, c] }
def yield_kw = yield(1, x: 2)
yield_kw { |a, x: 0, **o| p [a, x, o] }
def yield_blk = yield(proc { :inner })
yield_blk { |pr| p pr.call }
[[1, [2, 3]], [4, [5, 6]]].each { |a, (b, c)| p a + b + c }
p [[1, 2]].map { |a, b = :default| [a, b] }
p [1].map { |a, b = :default| [a, b] }
p proc { |a, b, &blk| [a, b, blk] }.call(1, 2)
h = { k: :v }
h.each { |pair| p pair }
h.each { |key, value| p key }
p [[1, 2, 3]].map { |first, *rest| rest }
x = 10
[1].each { |x| x += 1 }
p x
[1].each { |v; x| x = v }
p x
