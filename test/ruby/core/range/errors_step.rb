begin
  (1..).to_a
rescue RangeError => e
  puts "#{e.class}: #{e.message}"
end
begin
  (1.0..2.0).each { }
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
begin
  (1..5).step(0).to_a
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p (1.0..2.0).step(0.5).to_a
p (1..2).step(0.5).to_a
p 1.step(3).to_a
p (0..20).step(5).map { |x| x }
p ("a".."z").step(5).to_a
p (1..10).each_cons(3).count
p (1..4).each_entry.to_a
p (1..3).cycle.first(5)
p (1...10).size, (1.0...10.0).size rescue p $!.class
p (1..10).bsearch { |x| x * x >= 30 }
p (1..3).to_set rescue p :noset
