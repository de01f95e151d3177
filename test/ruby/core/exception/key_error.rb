h = { apple: 1 }
begin
  h.fetch(:pear)
rescue KeyError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.key, e.receiver
end
begin
  { "k" => 1 }.fetch("zzzz")
rescue KeyError => e
  puts e.message.lines.first.to_s.chomp
end
begin
  format("%<missing>s", {})
rescue KeyError => e
  puts e.message.lines.first.to_s.chomp
end
p h.fetch(:pear, 0), h.fetch(:pear) { |k| k.to_s }
p KeyError.superclass
p h.dig(:nope)
