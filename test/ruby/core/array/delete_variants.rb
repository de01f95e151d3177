a = [1, 2, 3, 2, 1]
p a.delete(2), a
p a.delete(9), a.delete(9) { :none }
p a.delete_at(1), a, a.delete_at(10)
b = (1..10).to_a
p b.delete_if(&:even?), b
c = (1..10).to_a
p c.reject!(&:odd?), c.reject! { false }
d = [1, 2, 3, 4]
p d.slice!(1, 2), d
e = [1, 2, 3]
e.clear
p e
f = [5, 6, 7]
p f - [6], f.difference([5], [7])
