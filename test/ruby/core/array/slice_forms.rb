a = [0, 1, 2, 3, 4, 5]
p a[2], a[-2], a[9]
p a[1, 3], a[4, 10], a[6, 1], a[7, 1], a[-3, 2]
p a[1..3], a[1...3], a[3..], a[..2], a[-3..-2], a[5..1]
p a.slice(2, 2), a.first(2), a.last(2)
p a.values_at(0, 2, 4, 9), a.values_at(1..2)
p a.dig(0)
p a[(0..).step(2)] rescue p a.each_slice(2).map(&:first)
