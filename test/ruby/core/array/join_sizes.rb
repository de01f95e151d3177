# Array#join sizes its result from the top-level strings: elements that are not
# strings, nested arrays, a to_s that grows the array, and encodings still join right.
words = (1..2000).map { |i| "w#{i}" * (i % 5) }
s = words.join(",")
p s.length, s.encoding, s[0, 40], s[-40, 40]
p [1, :two, 3.0, nil, [4, [5, "six"]]].join("-")
p [[("x" * 100)] * 50].join.length

class Grow
  def initialize(a) = @a = a
  def to_s
    @a << "tail" if @a.length < 6
    "g"
  end
end
a = ["a", "b"]
a << Grow.new(a)
p a.join("+")

p ["abc", "déf"].join.encoding, ["abc".b, "xyz"].join.encoding
p ["déf", "abc".force_encoding("ASCII-8BIT")].join.encoding
begin
  ["déf", "\xff".b].join
rescue => e
  p e.class
end
p [].join.encoding, [1].join.encoding, ["x"].join(nil)
big = Array.new(300) { |i| i.to_s * 40 }.join("&")
p big.size, big.hash == Array.new(300) { |i| i.to_s * 40 }.join("&").hash
t = %w[a b c].join("::")
t << "!" * 50
p t
