x = <<A
out #{<<B} mid
inner
B
after
A
p x
z = [<<C, "#{<<D}"]
c
C
d
D
p z
