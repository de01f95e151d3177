?\n
__method__
@a = 1
a >= b
return 1
class A < B; end
case x; in Integer | Float => n then n; end
p 1
__END__
data
