# Module#autoload? (the registered path until loaded), remove_class_variable (the value;
# NameError when absent or only inherited), deprecate_constant (self; NameError when the
# constant is not defined).
module Lazy
  autoload :Thing, "/nonexistent/thing"
end
p Lazy.autoload?(:Thing), Lazy.autoload?("Thing"), Lazy.autoload?(:Other)
p Object.autoload?(:Lazy), Object.autoload?(:Thing)
module Inner; end
class Outer; autoload :Far, "far"; end
class Sub < Outer; end
p Sub.autoload?(:Far), Sub.autoload?(:Far, false)

class Base; @@shared = 1; end
class Kid < Base; @@mine = 2; end
p Kid.remove_class_variable(:@@mine), Kid.class_variables.sort
begin
  Kid.remove_class_variable(:@@shared)
rescue NameError => e
  p e.message
end
begin
  Kid.remove_class_variable(:@@none)
rescue NameError => e
  p e.message
end
p Base.remove_class_variable("@@shared"), Base.class_variable_defined?(:@@shared)

class Old; GONE = 1; KEPT = 2; end
p Old.deprecate_constant(:GONE).equal?(Old), Old::GONE, Old.deprecate_constant
begin
  Old.deprecate_constant(:NOPE)
rescue NameError => e
  p e.message
end
