add = ->(a, b) { a + b }
p add.call(1, 2), add.(1, 2), add[1, 2], add.yield(1, 2)
sq = proc { |x| x * x }
p sq.call(3), sq.(3), sq[3], sq.yield(3), sq === 3
def takes(&b) = b.call(5)
p takes(&sq)
p [1, 2, 3].map(&sq)
p sq.to_proc.equal?(sq)
m = 10.method(:+)
p m.to_proc.call(5), [1, 2].map(&m)
p :upcase.to_proc.call("x"), %w[a b].map(&:upcase)
