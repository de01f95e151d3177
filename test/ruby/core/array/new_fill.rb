p Array.new, Array.new(3), Array.new(3, :x), Array.new(4) { |i| i * i }
p Array[1, 2], Array(1..3), [0] * 4
a = Array.new(3) { [] }
a[0] << 1
p a
b = Array.new(2, [])
b[0] << 1
p b
p [1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 2), [1, 2, 3, 4].fill(7, 1, 2), [1, 2, 3].fill { |i| i * 10 }
p Array.new(2, "s").map(&:object_id).uniq.size
begin
  Array.new(-1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
