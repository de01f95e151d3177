-7
:a?
::Foo
a, b = *x
defined?(String)
def f(a) a end
-> { }
case x; in a if a > 1 then 1; end
