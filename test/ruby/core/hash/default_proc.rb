h = Hash.new(0)
"the cat and the hat and the bat".split.each { |w| h[w] += 1 }
p h
p h["missing"], h.key?("missing")
lists = Hash.new { |hash, k| hash[k] = [] }
lists[:a] << 1
lists[:a] << 2
lists[:b] << 3
p lists
shared = Hash.new([])
shared[:x] << 1
p shared, shared[:y]
fib = Hash.new { |memo, n| memo[n] = n < 2 ? n : memo[n - 1] + memo[n - 2] }
p fib[80]
p fib.size
d = Hash.new(5)
p d.default, d.fetch(:z, 1)
d.default = 7
p d[:q]
p lists.default_proc.class
nested = Hash.new { |hh, k| hh[k] = Hash.new(0) }
nested[:x][:y] += 1
nested[:x][:z] += 2
p nested
p Hash.new { |_, k| k.to_s * 2 }[:ab]
begin
  {}.fetch(:nope)
rescue KeyError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.key, e.receiver
end
p({ a: 1 }.fetch(:b, "default"))
p({ a: 1 }.fetch(:b) { |k| "block #{k}" })
