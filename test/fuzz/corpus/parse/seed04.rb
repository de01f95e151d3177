0b1010
:A
foo.bar 1, 2
a = 1, 2
x += 1 while y
def f(*); end
-> do 1 end
case x; in nil then 1; else 2; end
