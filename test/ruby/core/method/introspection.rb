class Shape
  def area(scale = 1) = 0
  def name = self.class.name.downcase
  def self.create = new
  protected def prot; end
  private def priv; end
end
class Square < Shape
  def initialize(s = 2) = @s = s
  def area(scale = 1) = @s * @s * scale
end
sq = Square.new
p Square.instance_methods(false).sort
p Square.public_method_defined?(:area), Square.method_defined?(:name), Square.method_defined?(:priv)
p Square.private_method_defined?(:priv), Square.protected_method_defined?(:prot)
p sq.respond_to?(:area), sq.respond_to?(:priv), sq.respond_to?(:priv, true)
p sq.methods.include?(:name)
p sq.public_methods(false).sort rescue p :x
p Shape.singleton_methods
m = sq.method(:area)
p m.owner, m.name, m.arity
p m.super_method.owner
p m.super_method.call
p Square.instance_method(:name).owner
p sq.method(:name).call
p Square.method(:create).call.class
p 1.method(:+).owner
p [].method(:push).arity
p "".method(:gsub).arity
p Kernel.method(:puts).arity rescue p :x
p sq.method(:area).source_location.class
um = Shape.instance_method(:area)
begin
  um.bind(Object.new)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
p um.bind(sq).call
