nan = 0.0 / 0
inf = 1.0 / 0
p nan.nan?, inf.infinite?, (-inf).infinite?, 1.0.infinite?, 1.0.finite?
p nan == nan
p inf > 10**100
p inf - inf
p inf * 0
p -0.0 == 0.0
p (-0.0).to_s
p 1 / -0.0
p [nan].include?(nan)
p inf.to_s
begin
  inf.to_i
rescue FloatDomainError => e
  puts "#{e.class}: #{e.message}"
end
begin
  nan.round
rescue FloatDomainError => e
  puts "#{e.class}: #{e.message}"
end
p Float("1.5"), Float("1e3"), Float(" 2 ")
begin
  Float("x1")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p "1.5xyz".to_f, "abc".to_f, ".5".to_f, "1_0.5".to_f
p 0.1.next_float > 0.1
p 1.0.eql?(1.0), 1.0.eql?(1)
p 3.7 <=> 3.7, 3.7 <=> nan
p 1.5.to_r
p 0.75.rationalize
