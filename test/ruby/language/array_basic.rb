a = [3, 1, 2]
p a.length
p a.size
p a.first
p a.last
p a[0]
p a[-1]
p a[5]
p a.sort
p a.reverse
p a.include?(2)
a << 4
p a
a.push(5, 6)
p a
p a.pop
p a.shift
a.unshift(0)
p a
p a.index(2)
p a.min
p a.max
p a.sum
p a.empty?
p [].empty?
p a.join("-")
p [1, 2] + [3]
p [1, 2, 2, 3] - [2]
p [1, 2] * 2
p [1, [2, [3]]].flatten
p [1, nil, 2, nil].compact
p [1, 1, 2, 3, 3].uniq
