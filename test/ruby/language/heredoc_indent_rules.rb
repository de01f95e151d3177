a = <<~T
    four
  two
      six
T
p a
b = <<~T
  text

  after blank
T
p b
c = <<~T
  \tkept tab escape
  line
T
p c
d = <<-T
    dash keeps indent
    T
p d
e = <<T
no indent removal
T
p e
f = <<~"Q"
  interp #{1 + 1}
Q
p f
g = <<~'R'
  no interp #{x} \n
R
p g
