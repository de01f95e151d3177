p :abc.to_s, :abc.to_sym, :abc.length, :abc.size
p :abc.upcase, :Abc.downcase, :abc.capitalize, :aBc.swapcase
p :abc <=> :abd, :b > :a
p :abc[0], :abc[1..]
p :a.succ
p %i[c a b].sort
p :abc.start_with?("ab"), :abc.end_with?("c")
p :abc.empty?, :"".empty?
p :abc.to_proc.call("x") rescue p $!.class
p %w[a b].map(&:to_sym)
p :upcase.to_proc.call("abc")
p [1, 2, 3].inject(:+)
p [[1, 2], [3]].map(&:size)
p :a.frozen?
p :abc.equal?(:abc)
p "abc".to_sym.object_id == :abc.object_id
p :"quoted sym".inspect, :"9".inspect, :a=.inspect, :[]=.inspect, :<=>.inspect, :"foo-bar".inspect
p :a.is_a?(Comparable)
h = { a: 1, "a" => 2 }
p h[:a], h["a"]
p :sym.then { |s| s.to_s * 2 }
