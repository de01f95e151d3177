items = [["Widget", 4, 3.5], ["Gadget", 10, 12.25], ["Thingamajig", 1, 100.0]]
header = format("%-12s %5s %10s %10s", "Item", "Qty", "Unit", "Total")
puts header
puts "-" * header.length
total = 0
items.each do |name, q, price|
  line_total = q * price
  total += line_total
  puts format("%-12s %5d %10.2f %10.2f", name, q, price, line_total)
end
puts "-" * header.length
puts format("%-12s %5s %10s %10.2f", "TOTAL", "", "", total)
puts format("%-12s %27.1f%%", "Tax rate", 8.5)
puts format("|%s|%-3s|%3s|", "", "a", "b")
puts format("%08.3f", -3.14159)
puts format("%+05d", 42)
puts format("%x-%o-%b-%e", 1000, 1000, 1000, 1000.0)
puts format("%.0e", 12345.0)
puts format("%G", 1.0e-10)
puts format("%-8s|", "toolongvalue")
puts "%.2f%% done" % 45.678
puts "%s has %d items costing %.2f" % ["cart", 3, 9.5]
