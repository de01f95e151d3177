%I[a#{1}]
a = 1; a [1]
a, b = 1, 2
a ? b ? c : d : e
yield(1)
alias :a :b
case x; in Foo(a, b) then 1; end
a.b c, d do end
