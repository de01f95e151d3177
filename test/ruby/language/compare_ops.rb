p 1 == 1
p 1 != 2
p 1.equal?(1)
p "a".equal?("a")
p :a.equal?(:a)
p 1 < 2, 2 <= 2, 3 > 2, 3 >= 4
p "abc" < "abd"
p [1, 2] <=> [1, 3]
p [1, 2] == [1, 2]
p nil <=> 1
p 1 <=> "a"
p 1 === 1
p Integer === 1
p (1..3) === 2
p /ab/ === "cab"
p !(1 == 2)
p 1.between?(0, 2)
p 5.clamp(1, 3)
p 1 <=> 1.0
p 1.0 == 1
