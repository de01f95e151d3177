class Lazy
  def value = @value
  def compute = @value ||= expensive
  def expensive
    puts "computing"
    42
  end
  def set_nil = @value = nil
end
l = Lazy.new
p l.value
p l.compute
p l.compute
l.set_nil
p l.compute
p l.instance_variables
class Point
  def initialize(x, y)
    @x = x
    @y = y
  end
end
pt = Point.new(1, 2)
p pt.instance_variables
p pt.instance_variable_get(:@y)
pt.instance_variable_set(:@z, 3)
p pt.instance_variables
p pt.remove_instance_variable(:@x)
p pt.instance_variables
begin
  pt.instance_variable_get("y")
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Object; def ivs = instance_variables; end
p 5.ivs
