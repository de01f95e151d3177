a = (1..10)
p a.take(3), a.drop(7)
p a.take_while { |x| x < 4 }, a.drop_while { |x| x < 8 }
p a.first, a.first(0), a.first(20).size
p [].first, [].take(2)
p a.each_slice(3).take(2)
p (1..Float::INFINITY).lazy.map { |x| x * 2 }.take(3).to_a
begin
  a.take(-1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
