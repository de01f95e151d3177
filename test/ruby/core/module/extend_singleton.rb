module Greeting
  def greet = "hi from #{name}"
end
class Person
  attr_reader :name
  def initialize(n) = @name = n
end
a = Person.new("ann")
b = Person.new("bob")
a.extend(Greeting)
p a.greet, a.respond_to?(:greet), b.respond_to?(:greet)
p a.singleton_class.ancestors.take(3).map(&:to_s).drop(1)
p a.is_a?(Greeting), Person.include?(Greeting)
module ClassLevel
  def create(*args) = new(*args)
end
Person.extend(ClassLevel)
p Person.create("cy").name
p Person.singleton_class.include?(ClassLevel)
o = Object.new
o.extend(Comparable) rescue p $!
p o.is_a?(Comparable)
