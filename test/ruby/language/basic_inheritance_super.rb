class Animal
  def speak
    "..."
  end
end
class Cat < Animal
  def speak
    "Meow " + super
  end
end
puts Cat.new.speak
puts Cat.superclass
