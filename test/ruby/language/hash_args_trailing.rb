def opts(a, b = nil, **o) = [a, b, o]
p opts 1, x: 2
p opts(1, x: 2,)
p opts 1, "s" => 2
p opts(1, { x: 2 })
p opts(1, {x: 2}, y: 3)
h = { z: 9 }
p opts(1, **h, w: 0)
p opts(1, **{})
def only_pos(a, b = {}) = [a, b]
p only_pos 1, k: 2
def blk_and_kw(k: 1) = [k, block_given?]
p blk_and_kw(k: 2) { }
p [1, 2, 3,].size
p({ a: 1, b: 2, }.size)
