class Base
  def m = :base
end
class Kid < Base
  def m = defined?(super)
  def n = defined?(super)
  def y = defined?(yield)
end
k = Kid.new
p k.m, k.n, k.y, k.y {}
p defined?(@@cv), defined?(Kid), defined?(Kid::Nope), defined?(k.m), defined?(k.zz)
p defined?(String.new.upcase), defined?([].first), defined?(1.+)
p defined?(x = 1), x
p defined?(@a = 2), @a
