X = 1
module M; Y = 2; end
class Foo; def bar = 1; attr_reader :z; end
@a = Foo.new
p defined?(::X), defined?(::Nope), defined?(M::Y), defined?(M::Nope)
p defined?(@a.bar), defined?(@a.nope), defined?(@b.bar), defined?(@a.z)
p defined?(puts), defined?(String), defined?(@a), defined?(@@cv), defined?($stdout), defined?(yield), defined?(super)
p defined?(x = 1), defined?(1 + 1), defined?(Foo.new.bar), defined?([].size)
p TOPLEVEL_BINDING.class
lv = 10
b = binding
p b.local_variable_get(:lv)
b.local_variable_set(:lv, 20)
p lv
b.local_variable_set(:newvar, 5)
p b.local_variable_get(:newvar), b.local_variable_defined?(:newvar), defined?(newvar)
p b.local_variables.include?(:lv)
p b.eval("lv * 2")
p method(:puts).owner, Foo.instance_method(:bar).source_location.class
p Foo.instance_method(:bar).source_location
p Object.const_source_location(:X), M.const_source_location(:Y)
p ObjectSpace.respond_to?(:each_object)
p ObjectSpace.each_object(Class).first.class
def meth_name = [1].map { __method__ }
p meth_name
p __method__.inspect
def thrower(n) = throw(:done, n * 2)
p catch(:done) { thrower(21); :never }
p catch { |tag| throw tag, 7 }
begin
  throw :nope
rescue UncaughtThrowError => e
  p e.message, e.tag
end
r = catch(:outer) do
  catch(:inner) do
    throw :outer, :from_inner
  end
  :not
end
p r
count = 0
[1, 2, 3].each do |i|
  count += 1
  redo if count == 2
end
p count
p 1.clamp(2, 3), 5.clamp(..3), 2.5.clamp(1, 2), "b".clamp("a", "c")
begin; 1.clamp(3, 2); rescue => e; p e; end
class Foo2
  BAR = 1
  class Inner; end
end
module Mod
  Z = 3
end
class Sub < Foo2; end
p Object.const_source_location(:Foo2), Foo2.const_source_location(:BAR), Sub.const_source_location(:BAR)
p Object.const_source_location("Foo2::Inner"), Sub.const_source_location(:BAR, false)
p Object.const_source_location(:String), Object.const_source_location(:Nope)
Object.const_set(:Dyn, 1)
p Object.const_source_location(:Dyn)
p Mod.const_source_location(:Z), Mod.const_source_location(:Foo2)
