# Top-level defs are private methods of Object until main's `public` (then public, until
# `private`), as CRuby 3.1.
def a1; end
public
def a2; end
def a3; end
private
def a4; end
public def a5; end
%i[a1 a2 a3 a4 a5].each do |m|
  p [m, Object.public_method_defined?(m), Object.private_method_defined?(m)]
end
p self.a2
begin
  self.a4
rescue NoMethodError => e
  puts e.message
end
class Foo
  def in_class; end
end
p Foo.public_method_defined?(:in_class)
eval("def from_eval; end")
p Object.private_method_defined?(:from_eval)
