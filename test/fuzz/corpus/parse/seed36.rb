:"a b"
foo[1]
a, = x
defined?(a)
super()
alias + plus
case x; in Foo[1] then 1; end
a ? b : c ? d : e
