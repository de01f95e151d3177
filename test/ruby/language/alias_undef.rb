class Greeter
  def inspect = "#<Greeter>"
  def hello = "hello"
  alias hi hello
  alias_method :hey, :hello
  def hello = "new hello"
  def bye = "bye"
  undef bye
end
g = Greeter.new
p g.hello, g.hi, g.hey
p g.respond_to?(:bye)
begin
  g.bye
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class String
  alias old_len length
end
p "abcd".old_len
$old = 5
alias $new $old
p $new
class Child < Greeter
  undef_method :hi
end
begin
  Child.new.hi
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Child
  remove_method :hello rescue p $!.class
end
p Child.new.hello
