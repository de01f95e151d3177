# frozen_string_literal: false
s = "mutable"
s << "!"
p s, s.frozen?
p "abc".equal?("abc")
t = "x".freeze
p t.frozen?
