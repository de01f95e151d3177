s = +"world"
s.prepend("hello ")
p s
s.insert(5, ",")
p s
s.insert(-1, "!")
p s
s.concat(" Bye", ".")
p s
s << 33
p s
t = "abc".dup
t[1, 0] = "XY"
p t
p "abc".dup.insert(1, "-").insert(3, "-")
u = +""
3.times { |i| u << i.to_s << "," }
p u.chomp(",")
