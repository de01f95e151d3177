-2 ** 2
{}
a.()
~a
while a do b end
def f(x) = x + 1
x = 1; foo { x }
/(?<a>.)/ =~ s
