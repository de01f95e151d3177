class Animal
  attr_reader :name
  def initialize(name)
    @name = name
  end
  def speak
    "..."
  end
  def describe
    "#{name} says #{speak}"
  end
end
class Dog < Animal
  def speak
    "Woof"
  end
end
class Puppy < Dog
  def initialize(name, age)
    super(name)
    @age = age
  end
  def speak
    super + "!"
  end
  def describe
    super + " (age #{@age})"
  end
end
puts Animal.new("generic").describe
puts Dog.new("Rex").describe
puts Puppy.new("Bit", 1).describe
p Puppy.ancestors.take(4)
p Puppy.superclass.superclass
p Dog.instance_method(:speak).owner
p Puppy.new("x", 2).is_a?(Animal)
p Dog < Animal
p Animal < Dog
p Dog <= Dog
