class Runner
  def normal = yield(5)
  define_method(:via_block) { |&b| b.call(6) }
  define_method(:with_given) { |&b| b ? "given #{b.call}" : "none" }
end
r = Runner.new
p r.normal { |x| x * 2 }
p r.via_block { |x| x * 3 }
p r.with_given { :blk }, r.with_given
def outer_yield
  [1, 2].map { |x| yield x }
end
p outer_yield { |v| v + 100 }
def block_to_lambda(&b) = b
l = block_to_lambda { |a, b| [a, b] }
p l.call(1), l.lambda?
