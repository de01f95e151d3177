# BasicObject#initialize takes no arguments: super(x) up to it and send(:initialize, x) raise.
class Foo; def initialize(a); super; end; end
p((Foo.new(1) rescue $!))
class Bar; def initialize(a); super(); @a = a; end; end
p Bar.new(1).instance_variable_get(:@a)
p((Object.new.send(:initialize, 1) rescue $!))
p Object.new.send(:initialize)
class Baz; def initialize(**kw); super(**kw); end; end
p Baz.new.class
class E2 < StandardError; def initialize(m); super(m); end; end
p E2.new("x").message
S = Struct.new(:a); class S2 < S; def initialize(a); super(a); end; end
p S2.new(1)
p (Class.new.new(1) rescue $!)
