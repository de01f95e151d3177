s = "abc".freeze
p s.frozen?
begin
  s << "d"
rescue FrozenError => e
  puts "#{e.class}: #{e.message}"
end
t = s.dup
t << "d"
p t
p s.clone.frozen?
p s.clone(freeze: false).frozen?
p :sym.frozen?
p 1.frozen?
p nil.frozen?
a = [1, 2].freeze
begin
  a << 3
rescue => e
  puts "#{e.class}: #{e.message}"
end
h = { k: 1 }.freeze
begin
  h[:j] = 2
rescue => e
  puts "#{e.class}: #{e.message}"
end
p (+"x").frozen?
p (-"y").frozen?
