p /abc/i.match?("ABC"), /a.c/m.match?("a\nc"), /a b c/x.match?("abc")
p /abc/i.options, /abc/mix.options, (/x/i.options & Regexp::IGNORECASE) != 0
p Regexp.new("a.c", Regexp::IGNORECASE).match?("AXC")
p Regexp.new("a+", "i").inspect rescue p :x
p Regexp.escape("1.5*[x]+(y)?{z}^$|\\"), Regexp.quote("a b")
u = Regexp.union("cat", "dog", /bird+/)
p u, u.match?("a dog"), u.match?("birdd"), "cat.".match?(Regexp.union("t."))
p Regexp.union, Regexp.union(%w[a b])
r = /#{Regexp.escape("1+1")}/
p r.source, r.match?("1+1=2"), r.match?("11")
p /x/ =~ "yx", /(?i)x/ =~ "X"
p Regexp.new(/abc/i).options == /abc/i.options
