Pt = Struct.new(:x, :y)
pt = Pt.new(1, 2)
pt.x += 10
pt[:y] *= 3
pt["x"] -= 1
p pt
pt[1] = 0
p pt
case pt
in [x, 0] then puts "on x axis at #{x}"
end
case pt
in { x: Integer => x } if x > 5 then puts "x is big: #{x}"
end
case pt
in Pt(x:, y:) then p [x, y]
end
frozen = Pt.new(1, 1).freeze
begin
  frozen.x = 2
rescue FrozenError => e
  puts e.class
end
begin
  pt.z = 1
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
