p ?a
p ?a + ?b
p ?\n
p 3r
p 1.5r
p 2/3r
p 2i
p 1 + 2i
p 3ri rescue p :x
p (1r / 3).class
p 0.1r + 0.2r == 0.3r
