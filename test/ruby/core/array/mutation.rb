a = [1, 2, 3]
a.push(4)
a << 5
a.unshift(0)
a.insert(2, 1.5)
p a
p a.pop, a.shift, a
p a.delete(1.5), a
p a.delete(99), a.delete(99) { "nf" }
p a.delete_at(0), a
a.concat([7, 8], [9])
p a
a[10] = 10
p a
a[1..2] = [:x]
p a
a[0, 0] = [:front]
p a
p a.compact!
p a.compact!
a.reject! { |x| x.is_a?(Symbol) }
p a
a.select! { |x| x > 4 }
p a
a.map! { |x| x * 2 }
p a
a.reverse!
p a
a.sort!
p a
a.uniq!
p a.fill(0, 2)
p Array.new(3).fill { |i| i * i }
b = [3, 1, 2]
b.clear
p b
c = [1, 2, 3, 4, 5]
p c.slice!(1, 2), c
p c.keep_if(&:odd?)
p c.delete_if { |x| x > 3 }
d = [1, 2]
d.replace([9])
p d
e = [5, 6, 7]
p e.shift(2), e
p [1, 2, 3].rotate, [1, 2, 3].rotate(-1)
