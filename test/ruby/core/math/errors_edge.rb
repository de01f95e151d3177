[-> { Math.sqrt(-1) }, -> { Math.log(-1) }, -> { Math.acos(2) }, -> { Math.sqrt(nil) },
 -> { Math.sqrt("4") }, -> { Math.log(0) }, -> { Math.log(0.0) }, -> { Math.sqrt(Float::INFINITY) },
 -> { Math.atan2(0, 0) }, -> { Math.sqrt(4r) }, -> { Math.sqrt(2**200) }].each do |l|
  puts l.call.inspect
rescue Math::DomainError, TypeError => e
  puts "#{e.class}: #{e.message}"
end
p Math::DomainError.superclass
p Integer.sqrt(24), Integer.sqrt(25)
begin
  Integer.sqrt(-1)
rescue Math::DomainError => e
  puts "#{e.class}: #{e.message}"
end
