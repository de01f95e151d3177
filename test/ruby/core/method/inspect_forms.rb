# Method#inspect and UnboundMethod#inspect as CRuby 3.1: the class taken from, the
# owner in parentheses, "." for singleton methods, the parameter list and the location.
class Foo
  def self.bar(x); end
  def baz(a, b = 1, *r, k:, o: 1, **kw, &blk); end
  def fwd(...); end
  def none; end
end
class Sub < Foo; end
o = Object.new
def o.hi(y = 2); end
def top; end
ms = [1.method(:+), method(:puts), method(:top), Foo.method(:bar), Sub.method(:bar),
      o.method(:hi), Integer.method(:sqrt), Foo.new.method(:baz), Sub.new.method(:baz),
      Foo.new.method(:fwd), Foo.new.method(:none), Foo.instance_method(:baz),
      Sub.instance_method(:baz), method(:p).unbind, Comparable.instance_method(:clamp),
      [].method(:push), "".method(:sub), Kernel.method(:puts), Sub.new.method(:baz).unbind,
      Foo.method(:bar).unbind, Kernel.instance_method(:puts)]
ms.each { |m| puts m.inspect.gsub(/0x\h+/, "X") }
