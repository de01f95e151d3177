def outer_method = __method__
p outer_method
class K
  def m = __method__
  define_method(:dm) { __method__ }
  def with_block = [1].map { __method__ }.first
  alias aliased m
end
k = K.new
p k.m, k.dm, k.with_block, k.aliased
p __method__
pr = proc { __method__ }
p pr.call
def returns_proc = proc { __method__ }
p returns_proc.call
