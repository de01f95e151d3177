module Outer
  A = 1
  module Inner
    B = 2
  end
end
p Outer.const_get(:A), Outer.const_get("Inner::B"), Object.const_get("Outer::Inner::B")
p Outer::Inner.const_get(:A) rescue p $!.class
p Outer.const_defined?(:A), Outer.const_defined?(:Z), Outer::Inner.const_defined?(:String)
p Outer::Inner.const_defined?(:String, false)
Outer.const_set(:C, 3)
p Outer::C, Outer.constants.sort
begin
  Outer.const_set(:bad, 1)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Base; K = :base; end
class Derived < Base; end
p Derived.const_get(:K), Derived.const_defined?(:K), Derived.const_defined?(:K, false)
p Derived.constants, Base.constants
Outer.send(:remove_const, :C)
p Outer.const_defined?(:C)
