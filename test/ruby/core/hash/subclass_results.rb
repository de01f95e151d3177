# Which Hash methods keep a subclass (Hash[], merge, dup) and which return a plain Hash
# (except, select, to_h ...); except keeps compare_by_identity but not the default.
class MyH < Hash; end
h = MyH[a: 1, b: 2]
p h.class, MyH[[[:x, 1]]].class, MyH[:k, :v].class
p h.merge({}).class, h.merge({c: 3}) { 0 }.class, h.dup.class, h.clone.class
p h.except(:a).class, h.except(:a), h.select { true }.class, h.reject { false }.class
p h.to_h.class, h.compact.class, h.slice(:a).class, h.transform_values { 1 }.class
d = Hash.new(5).merge!(a: 1, b: 2)
p d.except(:a).default, d.merge({}).default
i = {}.compare_by_identity
i["x".dup] = 1
p i.except.compare_by_identity?, i.except.size
