module Walk
  def move = "walk>" + super
end
module Swim
  def move = "swim>" + super
end
class Animal
  def move = "animal"
  def self.describe = "Animal"
end
class Duck < Animal
  include Walk
  include Swim
  def move = "duck>" + super
  def self.describe = super + "/Duck"
end
p Duck.new.move, Duck.describe
o = Duck.new
def o.move = "singleton>" + super
p o.move
class << Duck
  def describe = "meta>" + super
end
p Duck.describe
