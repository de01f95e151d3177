1_000
:@iv
Foo::Bar::Baz
a.b, c[1] = 1, 2
x = 1 if y
def f a, b; end
-> x { x }
case x; in a unless a then 1; end
