def square(x) = x * x
def greet(name = "world") = "hello #{name}"
def zero = 0
p square(7), greet, greet("you"), zero
class Temp
  def initialize(c) = @c = c
  def fahrenheit = @c * 9 / 5 + 32
  def self.boiling = new(100)
  def ==(o) = o.fahrenheit == fahrenheit
end
p Temp.boiling.fahrenheit
p Temp.new(0) == Temp.new(0)
obj = Object.new
def obj.single = :single
p obj.single
