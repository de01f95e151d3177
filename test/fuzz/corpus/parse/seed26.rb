?a
__ENCODING__
A::B ||= 1
a <= b
return
class A; end
case x; in 1 then a; end
x = 1 # comment
=begin
comment
=end
y = 2
