%W[a#{1} b]
foo -1
x &&= 1
a / b
yield
module A::B; end
case x; in {a:, **r} then 1; end
x = while false do end
