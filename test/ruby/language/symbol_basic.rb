p :abc.to_proc.call("x") rescue p $!.class
p %i[b a c].sort
p :abc.size
p :abc.upcase
p :a.succ
p :abc[1]
p :"foo bar".inspect
p :foo.inspect
p :foo?.inspect
p :"9x".inspect
p :a == :a
p "a".to_sym.equal?(:a)
p :abc.start_with?("a")
p [:b, :a].map(&:to_s)
p :sym.class
p Symbol.all_symbols.class
