X = "top"
module Outer
  X = "outer"
  class Inner
    def x = X
  end
  module Deep
    def self.x = X
  end
end
class Outer::Flat
  def x = X
end
p Outer::Inner.new.x
p Outer::Deep.x
p Outer::Flat.new.x
class Base
  Y = "base"
end
class Derived < Base
  def y = Y
end
p Derived.new.y
p Derived::Y
module Mixin
  Z = "mixin"
end
class WithMix
  include Mixin
  def z = Z
end
p WithMix.new.z
p WithMix::Z
Outer::NEW = 1
p Outer::NEW
p Outer.const_defined?(:X)
p Object.const_get("Outer::Inner")
Outer.const_set(:DYN, 42)
p Outer::DYN
class Object; end
p Outer.constants.sort
