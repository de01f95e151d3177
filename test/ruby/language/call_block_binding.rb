def outer(arg = nil)
  block_given? ? "outer got block (arg=#{arg.inspect})" : "outer no block (arg=#{arg.inspect})"
end
def inner
  block_given? ? "inner got block" : "inner no block"
end
p outer inner { 1 }
r = outer inner do 1 end
p r
p [1, 2].map { |x| x + 1 }.first
p [[1, 2], [3, 4]].each_with_object([]) { |(a, b), acc| acc << a + b }
