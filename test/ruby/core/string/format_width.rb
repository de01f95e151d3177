rows = [["apple", 3, 1.5], ["kiwi", 12, 0.25], ["watermelon", 1, 12.0]]
puts "Name".ljust(12) + "Qty".rjust(5) + "Price".rjust(8)
puts "-" * 25
rows.each do |name, qty, price|
  puts name.ljust(12) + qty.to_s.rjust(5) + format("%8.2f", price)
end
puts "=" * 25
puts "total".center(25, "*")
p "abc".center(2), "abc".center(4), "abc".center(8, "12")
p "x".ljust(5, "ab"), "x".rjust(5, "ab")
p "%-6s|%6s|" % ["ab", "cd"]
p "%3d|%-3d|%03d" % [5, 5, 5]
p "%s" % nil, "%s" % [[1, 2]]
p "%5.1f%%" % 99.55
p "%x" % 3054, "%08b" % 13, "%o" % 64
p "%e" % 0.0
p "%-+5d|" % 3
p "% d" % 42
p "%*d" % [5, 1]
p "%c" % 10004
p format("%#.3g", 1.0)
p format("%s", :sym)
p format("%d", 3.99)
p format("%.10s", "truncate this string")
begin
  format("%d", "x")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
begin
  format("%d %d", 1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
