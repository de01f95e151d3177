42
:[]=
Foo::Bar
(a, b), c = x
defined?(super)
def f; end
END { 2 }
case x; in ..5 then 1; end
