%w[a b  c]
a = 1; a -1
x ||= 1
a % b
next
module M; end
case x; in {a: 1, b:} then b; end
x = if a then 1 else 2 end
