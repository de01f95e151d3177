# Changing a frozen class or module: which calls raise FrozenError, and the wording
# (rb_class_modify_check's "class: K" / "Class: K", or "#<Class:K>: K" from CLASS_OF).
class K; end
K.freeze
module FM; end
FM.freeze
[-> { K.define_method(:x) {} }, -> { K.attr_accessor :y }, -> { K.alias_method :z, :to_s },
 -> { K.send(:remove_const, :X) }, -> { o = Object.new.freeze; def o.q; end }, -> { def FM.x; end },
 -> { FM.define_method(:x) {} }, -> { o = Object.new; o.singleton_class; o.freeze; o.instance_variable_set(:@a, 1) },
 -> { def K.x; end }, -> { K.class_eval { def y; end } }, -> { K.send(:private, :to_s) },
 -> { K.undef_method(:to_s) }, -> { K.remove_method(:to_s) }, -> { K.include(Comparable) },
 -> { K.prepend(Comparable) }, -> { K.const_set(:Z, 1) }, -> { FM.const_set(:Z, 1) },
 -> { K.class_variable_set(:@@v, 1) }, -> { FM.module_eval { attr_reader :r } },
 -> { s = +"ab"; s.singleton_class; s.freeze; s << "c" }].each do |l|
  l.call
  p :no_error
rescue => e
  p [e.class, e.message.gsub(/0x\h+/, "0x")]
end
p "ab".singleton_class.inspect.gsub(/0x\h+/, "0x"), Object.new.singleton_class.to_s.gsub(/0x\h+/, "0x")
p K.singleton_class.inspect, K.singleton_class.singleton_class.inspect
