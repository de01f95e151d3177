a = (1..6).to_a
p a.first, a.first(3), a.last, a.last(2), a.take(4), a.drop(4)
p a.take_while { |x| x < 3 }, a.drop_while { |x| x < 5 }
p [].first, [].last, [].first(2)
p a.first(0), a.last(10)
begin
  a.first(-1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p a.sample.is_a?(Integer), a.shuffle.sort == a
