class Bag; end
b = Bag.new
p b.instance_variables
b.instance_variable_set(:@a, 1)
b.instance_variable_set("@b", 2)
p b.instance_variables, b.instance_variable_get(:@a), b.instance_variable_get("@b")
p b.instance_variable_defined?(:@a), b.instance_variable_defined?(:@z)
p b.instance_variable_get(:@z)
p b.remove_instance_variable(:@a), b.instance_variables
begin
  b.remove_instance_variable(:@zz)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp.sub(/#<Bag.*>/, 'BAG')}"
end
begin
  b.instance_variable_set(:bad, 1)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
