p [1, 2, 3].join, [1, 2, 3].join(", "), [].join("-")
p [1, [2, [3]]].join("/")
p [nil, true, :s, 1.5, "str"].join("|")
puts [1, "two", :three, nil, 4.0].inspect
puts [1, "two"].to_s
puts [[1, 2], { a: [3] }].inspect
p ["with \"quotes\"", "tab\t"].inspect
class Item
  def inspect = "<Item>"
  def to_s = "item"
end
p [Item.new]
puts [Item.new].join(",")
puts "#{[Item.new]}"
a = [1]
a << a
p a
