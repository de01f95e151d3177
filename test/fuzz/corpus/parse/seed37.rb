:"a#{1}"
foo.bar
a, *b = x
defined? a
super(1)
undef a
case x; in ^y then 1; end
