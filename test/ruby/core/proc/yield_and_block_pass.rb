def run
  yield 1, 2
end
p run { |a, b| a + b }
def pass_along(&blk) = run(&blk)
p pass_along { |a, b| a * b }
def explicit(&blk) = blk
b = explicit { :hi }
p b.call, b.class
def call_twice(pr) = [pr.call, pr.call]
n = 0
p call_twice(proc { n += 1 }), n
def block_arity(&b) = b.arity
p block_arity { }, block_arity { |x| }, block_arity { |x, y| }, block_arity { |*x| }
def nested_yield
  yield(yield(1))
end
p nested_yield { |x| x * 10 }
def with_default_block(&b)
  b ||= proc { :default }
  b.call
end
p with_default_block, with_default_block { :given }
