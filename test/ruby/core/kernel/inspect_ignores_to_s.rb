# Object#inspect of an object without instance variables is #<Foo:0x...> even when to_s
# is overridden; with instance variables it lists them.
class WithToS; def to_s; "custom"; end; end
class WithIvar; def initialize; @a = 1; end; def to_s; "custom"; end; end
puts WithToS.new.inspect.sub(/0x\h+/, "X"), WithIvar.new.inspect.sub(/0x\h+/, "X")
puts WithToS.new.to_s, "#{WithToS.new}"
p [WithToS.new].inspect =~ /#<WithToS:0x\h+>/
