p (1..5).each_cons(2).to_a
p (1..5).each_cons(3).map(&:sum)
p [1, 3, 6, 10].each_cons(2).map { |a, b| b - a }
p [1].each_cons(2).to_a
p "abcd".chars.each_cons(2).map(&:join)
sorted = [1, 2, 2, 5].each_cons(2).all? { |a, b| a <= b }
p sorted
p (1..6).each_cons(4).size
begin
  [1].each_cons(-1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
