class Base; def self.cm = :base_cm; end
class Kid < Base; end
p Kid.singleton_class.superclass, Kid.singleton_class.ancestors.take(3)
p Kid.cm, Kid.singleton_class.instance_methods(false), Base.singleton_class.instance_methods(false)
o = Object.new
sc = o.singleton_class
p sc.singleton_class?, sc.instance_methods(false)
def o.x = 1
p sc.instance_methods(false), o.singleton_methods
p 1.singleton_class rescue puts "#{$!.class}: #{$!.message}"
p nil.singleton_class, true.singleton_class
