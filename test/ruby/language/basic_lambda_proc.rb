sq = ->(x) { x * x }
puts sq.call(4)
add = proc { |a, b| a + b }
puts add.call(1, 2)
