# Hash methods given objects with to_hash: Hash[], <=, <, >=, >; Kernel#Hash's errors.
h = Object.new
def h.to_hash = {a: 1}
p Hash[h], {a: 1} <= h, {a: 1} < h, {a: 1, b: 2} >= h, {a: 1, b: 2} > h, {b: 1} <= h
p Hash(h), Hash(nil), Hash([])
[-> { Hash([[1, 2]]) }, -> { Hash(1) }, -> { {a: 1} <= 1 }, -> { Hash["x"] }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
