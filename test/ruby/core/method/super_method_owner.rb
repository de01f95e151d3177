module Loud
  def hello = super.upcase
end
class Base
  def hello = "hello"
end
class Child < Base
  include Loud
  def hello = super + "!"
end
m = Child.new.method(:hello)
p m.call
p m.owner
p m.super_method.owner
p m.super_method.super_method.owner
p m.super_method.super_method.super_method
p m.super_method.call
p Child.instance_method(:hello).super_method.owner
