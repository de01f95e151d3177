p (1..10).each_slice(3).to_a
p [1, 2, 3, 4].each_slice(2).map(&:sum)
r = []
%w[a b c d e].each_slice(2) { |s| r << s.join }
p r
p [].each_slice(3).to_a
p (1..5).each_slice(5).to_a, (1..5).each_slice(10).to_a
p (1..7).each_slice(3).size
begin
  [1].each_slice(0)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p({ a: 1, b: 2, c: 3 }.each_slice(2).to_a)
