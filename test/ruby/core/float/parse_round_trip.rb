strs = %w[0.1 1.5 -2.25 3.14159 1e10 1.0e-10 6.02214076e23 1.602e-19 123456789.123 0.000123
          1_000.5 7. .5 1e 1.2.3 0x1A 1__0]
strs.each do |s|
  f = Float(s, exception: false)
  puts "#{s.ljust(14)} Float=#{f.inspect} to_f=#{s.to_f.inspect}"
end
p "1e400".to_f, "-1e400".to_f, "1e-400".to_f
p Float("  3.5  "), "3.5abc".to_f, "abc".to_f
