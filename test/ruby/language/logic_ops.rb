p(true && "second")
p(nil && "never")
p(false || "fallback")
p("first" || "second")
a = nil or "x"
p a
b = (nil or "y")
p b
c = true and false
p c
p((not true))
p((not nil))
def side(x); print "side#{x} "; x; end
side(false) && side(1)
puts
side(true) || side(2)
puts
side(nil) || side(3)
puts
x = 1 if true and not false
p x
