p [1, nil, 2, nil].each_entry.to_a.compact, (1..3).each_entry.compact rescue p $!.class
p [1, nil, 2].lazy.compact.to_a rescue p :nolazycompact
p({ a: nil, b: 1 }.compact)
r = [1, 2, 3].each_cons(2) { }
p r
r2 = [1, 2, 3].each_slice(2) { }
p r2
h = { "x" => 1 }
p %w[x y x].tally(h), h
p [1, 2, 3].intersect?([3, 4]), [1].intersect?([2])
p Integer.try_convert(5), Integer.try_convert("5"), Integer.try_convert(5.5) rescue p $!.class
m = /b(c)/.match("abcd")
p m.match(1), m.match_length(1), m.match_length(0)
S = Struct.new(:a, keyword_init: true)
p S.keyword_init?, Struct.new(:b).keyword_init?
