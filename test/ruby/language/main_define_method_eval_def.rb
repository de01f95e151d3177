# main.define_method (private, defines on Object); def in eval/instance_eval strings and
# in blocks at top level: where the method goes and its visibility, as CRuby 3.1.
define_method(:dm) { |a| a * 2 }
p dm(2)
p Object.private_method_defined?(:dm), Object.public_method_defined?(:dm)
begin; self.define_method(:x) { }; p :ok; rescue NoMethodError => e; puts e.message.lines.first; end
p self.private_methods.include?(:define_method), singleton_class.private_method_defined?(:define_method)
p public_send(:define_method, :y) {} rescue p $!.class
def mm; end
p Object.private_method_defined?(:mm)
eval("def ee; end")
p Object.private_method_defined?(:ee)
instance_eval("def ie; end")
p singleton_class.method_defined?(:ie), Object.private_method_defined?(:ie)
o = Object.new
o.instance_eval("def oie; :oie; end")
p o.singleton_methods
class Foo; end
Foo.class_eval("def ce; end")
p Foo.public_method_defined?(:ce)
Foo.instance_eval("def fie; :fie; end")
p Foo.singleton_methods
[1].each { def q1; end }
p Object.private_method_defined?(:q1)
eval("def q2; end")
p Object.private_method_defined?(:q2)
def m; eval("def q3; end"); end; m
p Object.private_method_defined?(:q3), Object.public_method_defined?(:q3)
eval("[1].each { def q4; end }")
p Object.private_method_defined?(:q4)
1.times { eval("def q5; end") }
p Object.private_method_defined?(:q5)
class C; eval("def c1; end"); end
p C.public_method_defined?(:c1)
