class Base
  def greet(name = "you") = "hello #{name}"
end
class Kid < Base
  define_method(:greet) { |name = "kid"| super(name) + "!" }
end
p Kid.new.greet, Kid.new.greet("ann")
class Implicit < Base
  define_method(:greet) { |name = "x"| super }
end
begin
  Implicit.new.greet
rescue RuntimeError => e
  puts "#{e.class}: #{e.message}"
end
class Upper < Base
  m = instance_method(:greet)
  define_method(:shout) { |*a| m.bind(self).call(*a).upcase }
end
p Upper.new.shout("bob")
class FromMethod
  define_method(:len, "abc".method(:length).unbind) rescue p $!.class
  define_method(:twice, ->(x) { x * 2 })
end
p FromMethod.new.twice(21)
