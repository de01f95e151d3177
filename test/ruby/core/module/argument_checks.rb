# Module argument checks: include/extend with nothing, include? of a class, Class.new of
# Class or a singleton class, attribute and class variable names, public_instance_method
# of a private method, frozen class variables, frozen #name.
class CX; private def c; end; protected def d; end; end
class FrozenC; end
FrozenC.freeze
[-> { Module.new.include }, -> { Object.new.extend }, -> { Integer.include?(Integer) },
 -> { Integer.include?(3) }, -> { Class.new(Class) }, -> { Class.new(Class.new.singleton_class) },
 -> { Class.new { attr_accessor :"bad-name" } }, -> { Class.new { attr_reader :"a?" } },
 -> { CX.class_variable_get(:x) }, -> { CX.class_variable_set("@@1", 1) },
 -> { CX.class_variable_defined?(:@x) }, -> { CX.public_instance_method(:c) },
 -> { CX.public_instance_method(:d) }, -> { FrozenC.class_variable_set(:@@v, 1) },
 -> { CX.new.public_method(:c) }].each do |l|
  begin
    p l.call
  rescue => e
    p [e.class, e.message]
  end
end
p Class.new { attr_accessor :ok_1, "_é" }.instance_methods(false).size
p CX.public_instance_method(:to_s).name, Comparable.include?(Kernel), CX.name.frozen?
