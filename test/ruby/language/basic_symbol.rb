s = :hello
p s
puts s
p s == :hello
p s.to_s
p "x".to_sym
