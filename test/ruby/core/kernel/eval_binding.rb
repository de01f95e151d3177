x = 10
p eval("x * 2")
eval("x = 11")
p x
eval("fresh = 5")
p defined?(fresh)
b = binding
p b.local_variable_get(:x), b.local_variable_defined?(:nope)
b.local_variable_set(:x, 99)
p x
def make_binding
  secret = :inside
  binding
end
mb = make_binding
p mb.local_variable_get(:secret), eval("secret.to_s", mb)
p mb.local_variables
p eval("[__FILE__, __LINE__]", nil, "virtual.rb", 42)
p eval("self").inspect
class Holder
  def initialize = @iv = :ivar
  def get_binding = binding
end
p eval("@iv", Holder.new.get_binding)
begin
  eval("raise 'from eval'")
rescue => e
  p e.message
end
