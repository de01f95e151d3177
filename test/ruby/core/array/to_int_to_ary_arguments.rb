# Array and Enumerable methods given objects with to_int / to_ary (take, drop, cycle,
# combination, each_slice, each_cons, first; &, intersect?, <=>, Array.new).
i = Object.new
def i.to_int = 2
a = Object.new
def a.to_ary = [1, 2]
p [1, 2, 3].take(i), [1, 2, 3].drop(i), [1, 2, 3].cycle(i).to_a, [1, 2, 3].combination(i).count
p [1, 2, 3].each_slice(i).to_a, [1, 2, 3].each_cons(i).to_a, (1..3).each_slice(i).to_a
p (1..3).each_cons(i).to_a, (1..3).first(i), (1..3).take(i), (1..3).drop(i), (1..3).cycle(i).to_a
p [0, 1] & a, [0, 1].intersect?(a), [0, 1] <=> a, Array.new(a), [1, 2] <=> Object.new
[-> { [1].take(nil) }, -> { [1].take("1") }, -> { (1..2).first(nil) }, -> { [1] & 1 },
 -> { [1].each_slice(0) }, -> { (1..2).first(1, 2) }, -> { Array.new(nil) }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
