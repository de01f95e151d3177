def m(x = 10) = x
a = 5
p a -1
p a - 1
p m -1
p(m - 1)
b = [1, 2]
p b [0] rescue p :not_index
p b[0]
p a/2
p a / 2
x = 3
p x *2
p x ** 2
p(:sym ? 1 : 2)
p a ?1:2 rescue p :x
c = a <<1
p c
h = { "k" => 1 }
p h ["k"] rescue p :no
p 10.fdiv 4
p [1, 2].first 1
p(-2.abs)
p %w[a b]
p 4 % 3
