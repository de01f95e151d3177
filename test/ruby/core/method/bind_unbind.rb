class Animal
  def speak = "#{name} makes a sound"
  def name = "animal"
end
class Dog < Animal
  def speak = "Woof"
  def name = "dog"
end
d = Dog.new
p d.speak
um = Animal.instance_method(:speak)
p um.bind(d).call
p um.bind_call(d)
m = d.method(:speak)
p m.unbind.bind(Dog.new).call
p m.owner, m.receiver.class, um.owner, um.name
begin
  Dog.instance_method(:speak).bind(Animal.new)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
p Kernel.instance_method(:frozen?).bind_call("x")
