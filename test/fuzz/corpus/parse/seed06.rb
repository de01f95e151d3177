017
/ab+c/i
foo(&:sym)
a, b = c rescue d
begin; x; end while y
def f(&); g(&) end
proc { |a, (b, c), *d| }
case x; in "s" then 1; end
