class Animal
  def sound = "..."
end
class Animal
  def name = "animal"
end
a = Animal.new
p a.sound, a.name
class Animal
  def sound = "generic"
end
p a.sound
class Dog < Animal; end
class Dog < Animal
  def sound = "woof"
end
p Dog.new.sound
begin
  class Dog < String; end
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
begin
  class Animal::Nested < 5; end
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
X = 1
begin
  class X; end
rescue TypeError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Integer
  def double = self * 2
end
p 21.double
class String
  def shout = upcase + "!"
end
p "hi".shout
p (class Foo; 42; end)
p (module Bar; :mod_value; end)
