h = {}
10_000.times { |i| h["k#{i}"] = i }
p h.size, h["k0"], h["k9999"], h["nope"]
5_000.times { |i| h.delete("k#{i * 2}") }
p h.size, h.keys.first(3), h.keys.last
p h.values.sum
(0...10_000).step(2) { |i| h["k#{i}"] = -i }
p h.size, h.keys.first(2), h.keys.last(2)
p (0...10_000).all? { |i| h["k#{i}"] == (i.odd? ? i : -i) }
s = {}
1000.times { |i| s[i.to_s.to_sym] = i }
p s[:"999"], s.keys.size
ints = {}
(-500..500).each { |i| ints[i * 7919] = i }
p ints[-500 * 7919], ints[0], ints.size
