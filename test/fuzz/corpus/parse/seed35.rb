:sym
foo [1]
a, b = b, a
a ? x: y
super
alias $a $b
case x; in Foo(a:) then 1; end
p ->(x) { x }.call(1)
