p 5.then { |x| x + 1 }
p 5.itself
p [1, 2].tap { |a| a.push(3) }
p 1.frozen?, "a".frozen?, :a.frozen?
p Object.new.is_a?(BasicObject)
p 1.is_a?(Comparable), 1.kind_of?(Numeric), 1.instance_of?(Numeric)
p Integer.instance_of?(Class)
p loop { break 1 }
p catch(:x) { throw :x, 2 }
p [binding.local_variable_defined?(:zz)] rescue p :nob
p __method__.inspect
p respond_to?(:puts, true)
p self.inspect
x = 10
p eval("x + 1")
p send(:format, "%d", 3)
p Kernel.respond_to?(:puts, true)
p method(:puts).owner
p instance_variable_get(:@nope)
p 3.instance_of?(Integer)
p 3.singleton_methods
p nil.dup
p [1, 2].frozen?
p Comparable.is_a?(Module), Class.is_a?(Module)
def no_block_given = block_given?
p no_block_given
p block_given?
p defined?(Kernel), defined?(Kernel.puts)
p (1..3).each_slice(2).map { |a| a.sum }
p Integer.name, Integer.to_s, Integer.inspect
p 1.class.class.class
obj = Object.new
def obj.to_s = "custom obj"
puts obj
p "#{obj}"
p obj.display rescue nil
puts
