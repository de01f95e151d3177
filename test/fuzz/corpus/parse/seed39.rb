:+
foo::bar
a, (b, c), d = x
defined?(yield)
super { }
BEGIN { 1 }
case x; in 1.. then 1; end
