%i[a b]
foo - 1
@a ||= []
a ? b : c
yield 1, 2
alias a b
case x; in {a:, **nil} then 1; end
p(x) if (y = 1)
