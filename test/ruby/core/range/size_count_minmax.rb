p (1..10).size, (1...10).size, (10..1).size, (1..10).count, (1..10).count(&:even?)
p ("a".."z").count, ("a".."z").size
p (1.0..5.0).size rescue p $!.class
p (1..10).min, (1..10).max, (1...10).max, (1..10).minmax
p (1..10).min(2), (1..10).max(3)
p (1..0).min, (1..0).max
p (1.5..3.5).min, (1.5..3.5).max
begin
  (1.0...2.0).max
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
p (1..10).sum, (1..10).first(3), (1..10).last(3)
