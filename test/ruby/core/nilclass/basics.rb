p nil.to_a, nil.to_s, nil.to_i, nil.to_f, nil.to_h, nil.inspect
p nil & true, nil | 0, nil ^ nil
p nil.nil?, NilClass, nil.class.ancestors.include?(Comparable)
p nil == false, !nil
p [nil, 1, nil].compact
p nil.to_a.empty?
begin
  nil + 1
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  nil[0]
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  NilClass.new
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p nil.frozen?, nil.dup.nil?
x = nil
p x.to_s.empty?, x.inspect
p "#{nil}|"
p nil.respond_to?(:to_a)
