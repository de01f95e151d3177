p :abc.to_proc.call("x") rescue p $!.class
p :a.to_sym.equal?(:a), "str".to_sym, "with-dash".to_sym, :"9".to_s
p :abc.length, :abc.upcase, :Abc.swapcase, :abc.succ, :abc.next
p :abc.start_with?("a"), :abc.end_with?("bc"), :abc.match?(/b/), :abc =~ /c/
p :abc[0], :abc[1, 2], :abc.slice(0..1)
p :b.between?(:a, :c), %i[b c a].min, %i[b c a].sort.reverse
p :a.hash == :a.hash, :a.object_id == :a.object_id, "a".to_sym.equal?(:a)
p Symbol === :x, :x.is_a?(Comparable), :x.frozen?
