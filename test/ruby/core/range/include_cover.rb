r = (1..10)
p r.include?(5), r.include?(5.5), r.include?(11), r.member?(10)
p (1...10).include?(10), (1...10).cover?(9.99)
p r.cover?(2..5), r.cover?(5..11), r === 3
p ("a".."z").include?("m"), ("a".."z").include?("mm"), ("a".."z").cover?("mm")
p (1.0..2.0).include?(1.5), (Time rescue nil).nil?
p (..5).include?(-100), (5..).cover?(10**100)
p (1..10) == (1..10), (1..10).eql?(1...10)
p (1..10).to_a.include?(5)
case 75
when 0...50 then p :low
when 50...100 then p :mid
end
