s = +"hello"
s.upcase!
p s
p s.upcase!
s.downcase!
s.capitalize!
p s
s.reverse!
p s
s.replace("  spaced  ")
s.strip!
p s
p s.strip!
s << " more"
s.concat("!", "?")
p s
s.squeeze!("e")
p s
s.chomp!("?")
p s
s.chop!
p s
s.prepend("> ")
p s
s.tr!("e", "3")
p s
s.delete!("3")
p s
s.clear
p s, s.empty?
t = +"abc"
u = t
u << "d"
p t
v = t.dup
v << "e"
p t, v
w = "x" * 3
w[1] = "Y"
p w
x = +"a-b-c"
x.gsub!("-") { "+" }
p x
p x.freeze.frozen?
