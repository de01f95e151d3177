s = "lit".freeze
%i[upcase! downcase! capitalize! swapcase! reverse! strip! chomp! squeeze! succ! clear].each do |m|
  s.send(m)
rescue FrozenError => e
  puts "#{m}: #{e.class}"
end
p s.upcase, s.reverse, s + "x", s * 2
begin
  s[0] = "L"
rescue FrozenError => e
  puts "[]=: #{e.message}"
end
begin
  s.gsub!("l", "L")
rescue FrozenError => e
  puts "gsub!: #{e.message}"
end
p s.gsub("l", "L")
