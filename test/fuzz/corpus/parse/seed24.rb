"a" "b" 'c'
__FILE__
A::B = 1
a === b
loop { redo }
def f(a = a); end
raise A.new("m"), cause: e
a = 1 \
  + 2
