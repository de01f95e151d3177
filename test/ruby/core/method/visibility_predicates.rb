# Method#public?/private?/protected? and the same on UnboundMethod (3.1).
class Vis
  def pub = 1
  protected def prot = 2
  private def priv = 3
end
v = Vis.new
%i[pub prot priv].each do |m|
  mo = v.method(m)
  um = Vis.instance_method(m)
  p [m, mo.public?, mo.protected?, mo.private?, um.public?, um.protected?, um.private?]
end
p 1.method(:+).public?, method(:puts).private?, Kernel.instance_method(:puts).private?
o = Object.new
def o.sing = 1
p o.method(:sing).public?
