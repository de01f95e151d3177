# `x.nil?` compiles to opt_nil_p, which answers from the call's inline cache when that
# holds the core nil? (Kernel's or NilClass's) and otherwise sends: redefinition in a
# class, in Kernel or NilClass, method_missing, BasicObject, private nil?, refinements,
# &. and a block-pass must all behave as sends.
def check(x) = x.nil?
vals = [nil, 1, :s, "s", [1], {}, 1.5, true, false, Object.new.freeze, 2**70]
3.times { p vals.map { |v| check(v) } }

# a site alternating between two receiver classes
def walk(t) = t.nil? ? 1 : walk(t[0]) + walk(t[1])
p walk([[nil, [nil, nil]], nil])

class Odd
  def nil? = :odd
end
3.times { p check(Odd.new), check(nil), check(1) }

class Ghost < BasicObject
  def method_missing(name, *args) = [:mm, name, args]
end
3.times { p check(Ghost.new) }

class Bare < BasicObject; end
3.times do
  begin
    check(Bare.new)
  rescue NoMethodError => e
    p e.message[/undefined method `nil\?'/]
  end
end

class Hidden
  private def nil? = true
end
3.times do
  begin
    check(Hidden.new)
  rescue NoMethodError => e
    p e.message[/private method `nil\?'/]
  end
end

module Refine
  refine Integer do
    def nil? = :refined
  end
end
module UsesRefine
  using Refine
  def self.go(x) = x.nil?
end
3.times { p UsesRefine.go(1), UsesRefine.go(nil), check(1) }

p nil&.nil?, 1&.nil?
pr = proc { |*a| a }
p(1.nil?(&pr)) rescue p $!.class
begin
  1.nil?(2)
rescue ArgumentError => e
  p e.message
end
p [nil, 2, nil].map(&:nil?), [nil, 2].count(&:nil?)

# redefining the core ones after the sites have cached them
class NilClass
  def nil? = :nil_redefined
end
3.times { p check(nil), check(1) }
module Kernel
  def nil? = :kernel_redefined
end
3.times { p check(nil), check(1), check("s") }
