h = { a: 1, b: 2, c: 3 }
p h.delete(:b), h, h.delete(:zz), h.delete(:zz) { |k| "no #{k}" }
p h.shift, h
h[:d] = 4
p h.delete_if { |k, v| v > 3 }, h
p h.keep_if { |k, v| false }, h.empty?
p({}.shift)
g = { x: 1 }
g.clear
p g, g.size
big = (1..10).to_h { |i| [i, i * i] }
big.delete_if { |k, _| k.even? }
p big
p big.reject! { false }, big.select! { true }
