class Pt
  def inspect = "#<Pt>"
end
begin
  Pt.new.nope
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end
begin
  nil.nope
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end
begin
  "str".nope
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end
begin
  [1, 2].nope
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end
begin
  Pt.nope
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end
p({ a: 1, "b" => [2] }.inspect)
x = 1
y = 2
p({ x:, y: })
def fwd(&) = [1, 2].map(&)
p fwd { _1 * 3 }
