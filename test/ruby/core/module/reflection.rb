module Walkable
  def walk = "walking"
end
module Swimmable
  def swim = "swimming"
end
class Animal
  def breathe = "breathing"
end
class Duck < Animal
  include Walkable
  include Swimmable
  CONST = 1
  def quack = "quack"
end
p Duck.ancestors.take(5)
p Duck.included_modules.take(3)
p Duck.include?(Walkable), Duck < Walkable, Duck <= Duck, Animal > Duck, Duck < String
p Duck.instance_methods(false), Walkable.instance_methods
p Duck.const_defined?(:CONST), Duck.constants
p Duck.name, Duck.to_s, Walkable.name
p Duck.class, Walkable.class, Duck.singleton_class.class
p Duck.method_defined?(:walk), Duck.public_method_defined?(:swim)
p Duck.instance_method(:walk).owner
p Module.new.name, Class.new.name
anon = Class.new(Duck)
p anon.superclass, anon.new.walk
p Duck.new.singleton_class.superclass
p Walkable.is_a?(Class), Duck.is_a?(Module)
p Duck.allocate.class
p Duck.module_eval { self }
p Duck.class_exec(2) { |n| n * 2 }
p Comparable.instance_method(:between?).owner
p Duck.new.method(:swim).owner
p Kernel.private_method_defined?(:puts)
m = Module.new
Mod2 = m
p m.name, m.to_s
p Duck.const_source_location(:CONST).class rescue p :x
p Object.const_defined?("Duck::CONST")
