h = { a: nil }
begin
  h[:a].upcase
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.name, e.receiver, e.args
end
begin
  nil.length
rescue => e
  puts e.message.lines.first.to_s.chomp
end
begin
  [1, nil].map { |x| x + 1 }
rescue NoMethodError => e
  puts e.message.lines.first.to_s.chomp
end
begin
  nil.foo(1, 2)
rescue NoMethodError => e
  p e.args
end
p nil.to_a, nil&.length
begin
  x = nil
  x[0]
rescue NoMethodError => e
  puts e.message.lines.first.to_s.chomp
end
