class Dog
  def bark
    "Woof"
  end
end
d = Dog.new
puts d.bark
puts d.class
