p 1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1, 1 != 1
p 1 <=> 2, 2 <=> 1, 1 <=> 1, 1 <=> 1.5, 1 <=> nil, 2**80 <=> 2**79
p [3, 1, 2].max, [3, -1].min, 5.clamp(1, 3), -5.clamp(1, 3)
p 1 == 1r, 1 == Complex(1, 0), 1.eql?(1r)
p 3.between?(1, 3), 2**65 > 2**64, -2**65 < 0
begin
  1 < "2"
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p 0.1 * 3 == 0.3, (0.1 * 3 - 0.3).abs < 1e-9
