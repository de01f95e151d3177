# frozen_string_literal: true
# warn_indent: true
# The other magic comments are accepted alongside.
s = "abc"
p s.frozen?, "a#{1}".frozen?, 'x'.frozen?, String.new("q").frozen?
p "abc".equal?("abc")
begin
  s << "d"
rescue FrozenError => e
  p e.message
  p e.receiver.equal?(s)
end
begin
  "lit".upcase!
rescue => e
  p e.class, e.message
end
p __ENCODING__
