p :a
p :"with space"
x = "dyn"
p :"a#{x}b"
p :+
p :[]
p :[]=
p :a?
p :b!
p :c=
p :@iv
p :@@cv
p :$gv
p :A
p %s{x y}
p :upcase.to_proc.call("str")
p :abc.length
p :abc <=> :abd
p "foo".to_sym
p :foo.to_s
