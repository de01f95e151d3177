class Shape; end
class Circle < Shape; end
class Square < Shape; end
class Cube < Square; end
all = ObjectSpace.each_object(Class).select { |k| k <= Shape }.sort_by(&:name)
p all
p Shape.subclasses.sort_by(&:name), Square.subclasses
p ObjectSpace.each_object(Class).select { |k| k < Exception && k.name&.start_with?("Zero") }
