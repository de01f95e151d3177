%s(x)
foo&.bar
*a, b = x
defined?(@a)
super 1
undef a, :b
case x; in ^(1 + 1) then 1; end
