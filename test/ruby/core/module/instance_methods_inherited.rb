# Module#instance_methods and the visibility lists with inherit = true walk every
# ancestor, Object and Kernel included; with false only the module's own.
class Own; def mine = 1; private def hidden = 2; end
p Own.instance_methods.include?(:frozen?), Own.instance_methods.include?(:mine)
p Own.instance_methods(false), Own.private_instance_methods(false)
p String.public_instance_methods.include?(:object_id), Integer.private_instance_methods.include?(:puts)
p Own.private_instance_methods.include?(:hidden), Own.private_instance_methods.include?(:require)
p Comparable.instance_methods.sort, Class.new.instance_methods.size == Object.instance_methods.size
p Own.new.public_methods.include?(:mine), Own.new.methods.include?(:inspect)
