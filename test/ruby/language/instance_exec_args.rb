class Vault
  def initialize = @secret = 42
end
v = Vault.new
p v.instance_exec(8) { |n| @secret + n }
p v.instance_exec(1, 2) { |a, b| [@secret, a, b] }
adder = proc { |n| @secret + n }
p v.instance_exec(100, &adder)
p v.instance_eval { self.class }
p v.instance_eval { |obj| obj.equal?(self) }
klass = Class.new
klass.class_exec(:greet) { |name| define_method(name) { "hello" } }
p klass.new.greet
p 5.instance_exec(3) { |x| self * x }
