# frozen_string_literal: true
s = "literal"
p s.frozen?
begin
  s << "x"
rescue => e
  puts "#{e.class}: #{e.message}"
end
d = "interp #{1}"
p d.frozen?
m = String.new("mutable")
m << "!"
p m
p "a".equal?("a")
p +"u" << "nfrozen"
