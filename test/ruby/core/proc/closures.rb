def counter_pair
  n = 0
  [proc { n += 1 }, proc { n }]
end
inc, read = counter_pair
inc.call; inc.call
p read.call
inc2, read2 = counter_pair
inc2.call
p read.call, read2.call
x = 1
change = -> { x = 100 }
change.call
p x
blocks = []
3.times { |i| blocks << -> { i * 10 } }
p blocks.map(&:call)
acc = []
for j in 1..3
  acc << -> { j }
end
p acc.map(&:call)
def yielder
  v = "method local"
  yield
end
v = "outer"
yielder { p v }
b = binding rescue nil
p b.local_variable_get(:x) rescue p :nobinding
pr = proc { |a; shadow| shadow = a * 2; shadow }
shadow = "kept"
p pr.call(4), shadow
make = ->(factor) { ->(val) { val * factor } }
double = make.(2)
triple = make.(3)
p double.(5), triple.(5)
memo = {}
fib = ->(n) { n < 2 ? n : memo[n] ||= fib.(n - 1) + fib.(n - 2) }
p fib.(60)
