arr = [10, 20, 30, 40, 50]
p arr[2..], arr[..2], arr[...2], arr[-2..]
p (1..).each.first(3)
p (..5) === 3, (..5) === 6, (5..) === 100
def grade(score)
  case score
  when 90.. then "A"
  when 80...90 then "B"
  when ...80 then "C"
  end
end
p [95, 85, 50].map { |s| grade(s) }
p (1..nil).begin, (1..nil).end, (nil..1).begin
p "hello"[1..], "hello"[..1]
r = (3..)
p r.lazy.map { |x| x * 2 }.first(2)
p (1..).take_while { |x| x < 4 }
p ("a"..).first(3)
p (1..10).step(4).to_a, 1.step.first(3)
