p require_relative("lib/greeter")
p Greeter.greet("world")
p require_relative("lib/greeter")
p require_relative("./lib/greeter")
p Greeter::LOADS
p require_relative("lib/returns_value")
p LIB_CONST
