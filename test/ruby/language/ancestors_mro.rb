module A; def who = "A>" + (defined?(super) ? super : "end"); end
module B; def who = "B>" + super; end
module C; include A; def who = "C>" + super; end
class Base; def who = "Base"; end
class K < Base
  include A
  include B
  prepend C
  def who = "K>" + super
end
p K.ancestors.take(6)
p K.new.who
p K.include?(A)
p K.ancestors.include?(Kernel)
p Comparable.instance_of?(Module)
p Integer.ancestors.include?(Comparable)
p String.ancestors.take(3)
p BasicObject.superclass
p Class.superclass
p Module.superclass
p K.new.singleton_class.ancestors.take(3).map(&:to_s)[1..]
