syms = [:a, :A, :a?, :a!, :a=, :@a, :@@a, :$a, :+, :-, :*, :**, :/, :<=>, :==, :===, :=~,
        :[], :[]=, :!, :-@, :+@, :<<, :"a b", :"1a", :"", :"foo=bar", :"é"]
syms.each { |s| puts s.inspect }
p :"#{"dyn"}amic", %s{lit}
p "with space".to_sym.inspect, "ok".to_sym.inspect
