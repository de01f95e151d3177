# Hash#each/each_pair bind key and value the same for every block shape (two values
# for a block with two or more required parameters, else one [key, value] Array).
h = {a: 1, b: 2}
h.each { |k, v| p [k, v] }
h.each_pair { |k, v| p [k, v] }
h.each { |kv| p kv }
h.each { |k, v = 9| p [k, v] }
h.each { |k, *r| p [k, r] }
h.each { |*r| p r }
h.each { |k, v, x| p [k, v, x] }
h.each { |(k, v), x| p [k, v, x] }
h.each { |k, (v, w)| p [k, v, w] }
h.each { |k, v, **o| p [k, v, o] }
h.each { |k,| p k }
h.each(&->(kv) { p kv })
h.each(&->(k, v) { p [k, v] }) rescue p $!.class
h.each(&proc { |k, v| p [k, v] })
def m(h) = h.each { |k, v| yield k, v }
m(h) { |a, b| p [a, b] }
p h.each { |k, v| break [v, k] if k == :b }
p({}.each { |k, v| raise })
big = (1..1000).to_h { [_1, _1 * 2] }
s = 0
big.each { |k, v| s += k * v }
p s
h.each { |k, v| h[k] = v + 1 }
p h
begin
  h.each { |k, v| h[:new] = 1 }
rescue => e
  p e.class
end
