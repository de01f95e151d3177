class Calc
  def inspect = "#<Calc>"
  def add(a, b) = a + b
  def with_block = yield(3)
  private def hidden = "hidden"
end
c = Calc.new
p c.send(:add, 1, 2)
p c.__send__("add", 3, 4)
p c.public_send(:add, 5, 6)
p c.send(:with_block) { |x| x * 2 }
p c.send(:hidden)
begin
  c.public_send(:hidden)
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p 5.send(:+, 3)
p [3, 1, 2].send(:sort)
p "abc".send(:[], 1)
m = :upcase
p "x".send(m)
p c.respond_to?(:hidden)
p c.respond_to?(:hidden, true)
