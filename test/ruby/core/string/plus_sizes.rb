# String#+ at the sizes around embedded rooms (7, 15, 23, 39 bytes) and beyond,
# then appending to the results; encodings of the sum.
[0, 1, 7, 8, 15, 16, 23, 24, 39, 40, 100].each do |n|
  [0, 1, 8, 30].each do |m|
    r = ("a" * n) + ("b" * m)
    r << "c" * 17
    r2 = r + r
    puts "#{n} #{m} #{r.length} #{r2.length} #{r2[-3, 3]} #{r2.count('b')}"
  end
end
p ("é" + "x").encoding, ("x".b + "y").encoding, ("x" + "é").encoding
s = "abc".freeze
t = s + ""
t << "d"
p s, t, t.frozen?
begin
  "é" + "\xff".b
rescue => e
  p e.class
end
class Str
  def to_str = "conv"
end
p "x" + Str.new
