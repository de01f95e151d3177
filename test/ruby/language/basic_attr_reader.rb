class Person
  attr_reader :name
  attr_accessor :age
  def initialize(name)
    @name = name
  end
end
pp1 = Person.new("Ann")
pp1.age = 30
puts pp1.name
puts pp1.age
