p 1.is_a?(Integer), 1.is_a?(Comparable), 1.is_a?(Kernel), 1.is_a?(BasicObject), 1.is_a?(String)
p "s".kind_of?(Object), "s".instance_of?(String), "s".instance_of?(Object)
p 1.respond_to?(:+), 1.respond_to?(:upcase), nil.respond_to?(:to_a)
p Class.is_a?(Module), Module.is_a?(Class), Object.is_a?(Object)
p Integer.respond_to?(:sqrt), Integer.respond_to?(:new)
p BasicObject.instance_methods.sort.first(3)
p Object.new.singleton_class.ancestors.first.class
