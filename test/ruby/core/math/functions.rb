p Math::PI, Math::E
p Math.sqrt(16), Math.sqrt(2)
p Math.cbrt(27)
p Math.sin(0), Math.cos(0), Math.tan(0)
p Math.sin(Math::PI / 2)
p Math.atan2(1, 1)
p Math.log(Math::E), Math.log(8, 2), Math.log10(1000), Math.log2(1024)
p Math.exp(0), Math.exp(1) == Math::E
p Math.hypot(3, 4)
p Math.pow(2, 3) rescue p $!.class
p (Math.sin(1)**2 + Math.cos(1)**2).round(12)
begin
  Math.sqrt(-1)
rescue Math::DomainError => e
  puts "#{e.class}: #{e.message}"
end
begin
  Math.sqrt("x")
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
p Math.sqrt(10**30)
p Integer.sqrt(99)
p Math.floor(1.5) rescue p $!.class
p Math.log(0)
p 10.0.floor, Math::PI.round(5)
