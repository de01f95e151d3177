# Forwardable extended into a plain object: def_delegator(s) define singleton methods.
require "forwardable"
o = Object.new
o.instance_variable_set(:@items, [3, 1, 2])
o.extend Forwardable
o.def_delegators :@items, :size, :first
o.def_delegator :@items, :sort, :sorted
p o.size, o.first, o.sorted, o.singleton_methods.sort
p Object.new.respond_to?(:sorted)
