module Greet
  def greet
    "Hello from #{self.class}"
  end
end
module Loud
  def greet
    super.upcase + "!"
  end
end
class Person
  include Greet
end
class Shouter
  include Greet
  include Loud
end
puts Person.new.greet
puts Shouter.new.greet
p Shouter.ancestors.take(3)
p Shouter.include?(Loud)
p Person.include?(Loud)
module Util
  def self.helper
    "helper"
  end
  PI2 = 6.28
end
p Util.helper
p Util::PI2
p Greet.class
p Greet.instance_methods
