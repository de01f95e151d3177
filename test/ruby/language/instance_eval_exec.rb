class Secretive
  def initialize = @secret = 42
  private def hidden = "hidden"
end
s = Secretive.new
p s.instance_eval { @secret }
p s.instance_eval { hidden }
p s.instance_eval("@secret + 1")
p s.instance_exec(8) { |n| @secret + n }
String.class_eval do
  def shout = upcase + "!"
end
p "hey".shout
Integer.class_eval("def double = self * 2")
p 21.double
Array.module_eval { def second = self[1] }
p [1, 2, 3].second
klass = Class.new do
  attr_reader :v
  def initialize = @v = "anon"
end
p klass.new.v
p klass.name
Named = klass
p klass.name
mod = Module.new do
  def mixed = "mixed"
end
klass.include(mod)
p klass.new.mixed
sub = Class.new(Secretive) { def peek = @secret }
p sub.new.peek
p sub.superclass
obj = Object.new
obj.instance_eval { @x = 1 }
p obj.instance_variable_get(:@x)
