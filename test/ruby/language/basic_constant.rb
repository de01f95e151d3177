PI_ISH = 3
class Circle
  SIDES = 0
end
puts PI_ISH
puts Circle::SIDES
