def pos_hash(h) = h
def opt_hash(h = {}) = h
def kw(a: 1, **rest) = [a, rest]
def mixed(x, y = :dy, *r, z:, **k) = [x, y, r, z, k]
p pos_hash(a: 1)
p pos_hash({ a: 1 })
p opt_hash
p opt_hash(b: 2)
p kw
p kw(a: 5, b: 6)
p kw(**{ a: 7 })
h = { a: 8, c: 9 }
p kw(**h)
p mixed(1, z: 2)
p mixed(1, 2, 3, 4, z: 5, w: 6)
p kw("str" => 1)
begin
  kw({ a: 1 })
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
def kw_block(k: 1, &b) = [k, b.call]
p kw_block(k: 2) { :blk }
def anykw(**) = :ok
p anykw(x: 1)
def req_kw(a:, b:) = a + b
p req_kw(b: 2, a: 1)
begin
  req_kw(a: 1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
begin
  req_kw(a: 1, b: 2, c: 3)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
def nil_kw(**nil) = :nokw
p nil_kw
begin
  nil_kw(a: 1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
