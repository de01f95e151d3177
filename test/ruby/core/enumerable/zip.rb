a = [1, 2, 3]
b = %w[a b c]
c = [:x, :y]
p a.zip(b)
p a.zip(b, c)
p c.zip(a)
p a.zip
p a.zip(b).to_h
r = []
a.zip(b) { |n, s| r << "#{n}#{s}" }
p r
p (1..3).zip(4..6)
p a.zip([]).flatten
names = %w[al bo]
ages = [30, 25]
names.zip(ages).each { |n, age| puts "#{n} is #{age}" }
