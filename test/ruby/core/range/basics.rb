r = (1..10)
p r.first, r.last, r.min, r.max, r.sum, r.size, r.count
p r.first(3), r.last(3)
p r.include?(5), r.include?(11), r.member?(1), r.cover?(2..3)
p r === 5
p r.to_a.length
p r.step(2).to_a
p (1...10).step(3).to_a
p r.select(&:even?)
p r.each_slice(4).to_a
p (1..10) % 3 rescue p :nomod
p ('a'..'e').to_a, ('a'..'e').include?("c"), ('a'..'e').cover?("cc")
p ('aa'..'ad').to_a
p (1.5..3.5).include?(2), (1..2).to_a
p (1..0).to_a, (1..0).size
p Range.new(1, 5).sum
p (1..).first(2), (..10).include?(-100)
p (1..nil).size rescue p $!.class
p (1...1).to_a
p r.begin, r.end, (1...5).exclude_end?
p r.minmax
p r.to_a.reverse.first(2)
p (1..3).reverse_each.to_a
p (1..3).inject(:*)
p (1..3).map { |x| x * 2 }
p (-5..-1).to_a
p (1..10).find { |i| i * i > 20 }
p (1..Float::INFINITY).lazy.map { |x| x * 2 }.select { |x| x % 3 == 0 }.first(3)
p (1..3).eql?(1..3), (1..3) == (1..3), (1..3).hash == (1..3).hash
p (1..3).to_s, (1...3).inspect, ("a".."b").inspect
arr = [10, 20, 30, 40]
p arr[1..], arr[..-2], arr[(1..2)]
