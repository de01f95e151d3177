h = {}
500_000.times { |i| h["key#{i}"] = "value#{i}" }
s = 0
3_000_000.times { |i| s += "t#{i}".size }
p s + h.size
