# An inventory report: parses records from DATA, aggregates, prints aligned tables.
Item = Struct.new(:sku, :name, :category, :qty, :price, keyword_init: true) do
  def value = qty * price
end

items = DATA.each_line.map(&:chomp).reject { |l| l.empty? || l.start_with?("#") }.map do |line|
  sku, name, cat, qty, price = line.split("|").map(&:strip)
  Item.new(sku: sku, name: name, category: cat.to_sym, qty: Integer(qty), price: Float(price))
end

def money(x) = format("%.2f", x).gsub(/(\d)(?=(\d{3})+\.)/, '\1,')

widths = { sku: 6, name: 18, category: 11, qty: 5, price: 10, value: 12 }
header = [
  "SKU".ljust(widths[:sku]), "Name".ljust(widths[:name]), "Category".ljust(widths[:category]),
  "Qty".rjust(widths[:qty]), "Price".rjust(widths[:price]), "Value".rjust(widths[:value])
].join(" ")
puts header
puts "=" * header.size
items.sort_by { |i| [i.category, -i.value] }.each do |i|
  puts [
    i.sku.ljust(widths[:sku]), i.name[0, widths[:name]].ljust(widths[:name]),
    i.category.to_s.ljust(widths[:category]), i.qty.to_s.rjust(widths[:qty]),
    money(i.price).rjust(widths[:price]), money(i.value).rjust(widths[:value])
  ].join(" ")
end
puts "=" * header.size

puts
puts "By category".center(40, "-")
items.group_by(&:category).sort.each do |cat, list|
  total = list.sum(&:value)
  printf("%-12s %3d items %6d units %14s\n", cat, list.size, list.sum(&:qty), money(total))
end
grand = items.sum(&:value)
printf("%-12s %3d items %6d units %14s\n", "ALL", items.size, items.sum(&:qty), money(grand))

puts
puts "Low stock (qty < 10)".center(40, "-")
low = items.select { |i| i.qty < 10 }.sort_by(&:qty)
low.each { |i| puts "#{i.name.ljust(20, '.')}#{i.qty.to_s.rjust(4)}" }
puts "(none)" if low.empty?

puts
top = items.max_by(3, &:value)
puts "Top 3 by value: " + top.map { |i| "#{i.sku}(#{money(i.value)})" }.join(", ")
cheapest, dearest = items.minmax_by(&:price)
puts "Price range: #{cheapest.name} #{money(cheapest.price)} .. #{dearest.name} #{money(dearest.price)}"
share = items.group_by(&:category).transform_values { |l| (100.0 * l.sum(&:value) / grand).round(1) }
share.sort_by { |_, pct| -pct }.each { |cat, pct| puts "#{cat.to_s.rjust(11)} #{'#' * (pct / 5).round} #{pct}%" }
p items.map(&:category).tally.sort.to_h
__END__
# sku | name | category | qty | price
A100 | Widget           | hardware | 120 | 2.50
A101 | Gear, large      | hardware | 8   | 45.00
B200 | USB cable        | electronics | 300 | 3.99
B201 | Soldering station| electronics | 4 | 189.90
C300 | Notebook         | stationery | 1500 | 1.25
C301 | Fountain pen     | stationery | 12 | 24.00
B202 | Oscilloscope     | electronics | 2 | 1450.00

A102 | Bolt pack        | hardware | 640 | 0.35
