0o17
:if
foo(*a, **h, &b)
a = b rescue c
x += 1 until y
def f(**); end
lambda { |x| x }
case x; in :a | :b then 1; end
