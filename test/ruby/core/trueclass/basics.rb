p true & true, true & nil, true | false, true ^ true, false ^ false
p false & true, true | (1 / 1)
p true.to_s, false.to_s, true.inspect
p true.class, false.class, TrueClass.ancestors.first(2)
p true == true, true.equal?(true), true.!, !false
p true.frozen?, false.hash == false.hash
p [true, false].map(&:!)
p (1 > 0).class
begin
  TrueClass.new
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  true + 1
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p true && "yes", false || "no"
