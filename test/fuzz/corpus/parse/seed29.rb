%Q[x #{1}]
a
$c = 3
a << b >> c
return *a
class ::A; end
case x; in [a, *r] then 1; end
obj.foo = 1, 2
