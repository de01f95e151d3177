p self.to_s
p self.class
class Foo
  p self
  def me = self
  def self.cls = self
  def inspect = "#<Foo>"
end
f = Foo.new
p f.me.equal?(f)
p Foo.cls
module M
  p self
end
p [1].map { self.to_s }
