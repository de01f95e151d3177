# Kernel's module functions: each private Kernel method written across the prelude that
# CRuby also makes a public singleton method of Kernel (Kernel.open, Kernel.loop, ...).
# Loaded after every prelude file that defines one.

module Kernel
  %i[readline readlines system spawn Complex Rational caller_locations fork loop ` trap exec
     open select test autoload autoload? warn].each do |m|
    next unless private_method_defined?(m)
    define_singleton_method(m, instance_method(m))
    singleton_class.__send__(:public, m)
  end
end
