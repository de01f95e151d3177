%q(a (b) c)
__dir__
@@b = 2
a > b
return 1, 2
class A::B < C; end
case x; in [a, b] then 1; end
puts 'x'; puts 'y'
