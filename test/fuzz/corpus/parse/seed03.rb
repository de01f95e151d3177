0x1f
:$g
foo.bar(1, 2)
a = *b
x = 1 unless y
def f(a, b = 1, *c, d, e:, f: 2, **g, &h); end
->(x, y = 1) { x }
case x; in [1, [2, c]] then c; end
