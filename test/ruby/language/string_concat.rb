s = +"abc"
s << "def"
s << 33
p s
t = "x" "y" 'z'
p t
u = "a".dup
u.concat("b", "c")
p u
p "a" + "b"
v = "ab"
v += "cd"
p v
w = String.new("w")
w.insert(1, "!")
p w
w.prepend(">")
p w
p "abc".frozen?
p "abc".dup.frozen?
p "ab" * 3
p [1, 2].join
