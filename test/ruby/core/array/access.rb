a = %w[a b c d e f]
p a[0], a[-1], a[10], a[-10]
p a[1, 2], a[1..3], a[1...3], a[4..], a[..1], a[6, 1], a[7, 1]
p a.first, a.first(2), a.last(2)
p a.at(2), a.dig(0)
p a.fetch(1)
p a.fetch(10, "dflt"), a.fetch(10) { |i| "blk#{i}" }
begin
  a.fetch(10)
rescue IndexError => e
  puts "#{e.class}: #{e.message}"
end
p a.values_at(0, 2, 10)
p a.take(3), a.drop(4)
p a.sample.class
p a.index("c"), a.find_index { |x| x > "c" }, a.rindex("a")
p [[1, [2, 3]]].dig(0, 1, 0)
p a.slice(1, 2)
p a.min, a.max
p a.minmax
p a.length
p a.count("a")
p a.include?("z")
p [3, 5, 2].max(2), [3, 5, 2].min(2)
p Array(nil), Array([1]), Array(1..2), Array("s"), Array({ a: 1 })
