class Temp
  def initialize(d) = @d = d
  def to_s = "#{@d}°"
  def inspect = "Temp(#{@d})"
end
class NoToS; def inspect = "NoToS!"; end
t = Temp.new(21)
puts "Temp: #{t}"
puts "List: #{[t, 1]}"
puts "Sym: #{:abc} Float: #{1.50} Big: #{2**70} Nil: [#{nil}] Bool: #{true}"
puts "Range: #{1..3} Hash: #{{ a: 1 }}"
puts "Nested: #{"#{"#{1 + 1}"}"}"
puts "Method: #{[1, 2, 3].map { |x| x * 2 }.join(",")}"
x = 5
puts "Cond: #{x > 3 ? "big" : "small"}"
puts "Format: #{format("%.2f", 2.0 / 3)}"
class Broken
  def to_s = 42
end
s = "#{Broken.new}"
p s.start_with?("#<Broken")
puts "Escapes: \#{x} \\#{x}"
puts "Heredoc: #{<<~H.strip}"
  inside
H
