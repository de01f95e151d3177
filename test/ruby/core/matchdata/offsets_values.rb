m = "The year 1999 and 2024".match(/(\d+)\D+(\d+)/)
p m.to_a, m.captures, m.size, m.length
p m.begin(0), m.end(0), m.offset(1), m.offset(2)
p m.pre_match, m.post_match, m.string, m.regexp
p m.values_at(1, 2), m[-1], m[1..2]
p m.to_s
n = /(?<a>x)(?<b>y)?/.match("x")
p n.names, n.captures, n.named_captures, n[:b]
p n.begin(:a) rescue p :x
