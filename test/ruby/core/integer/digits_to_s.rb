p 12345.digits, 12345.digits(10).reverse, 255.digits(16), 0.digits
p 12345.to_s, 12345.to_s(2), 12345.to_s(8), 12345.to_s(16), 12345.to_s(36)
p -255.to_s(16)
p 12345.to_s.chars.map(&:to_i).sum, 12345.digits.sum
p 1_000_000.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p 42.inspect, 42.to_s.rjust(6, "0"), "%06d" % 42
p 10.to_s(2).rjust(8, "0")
begin
  -5.digits
rescue Math::DomainError => e
  puts "#{e.class}: #{e.message}"
end
begin
  5.to_s(1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
