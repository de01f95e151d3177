s = "héy"
p s.chars, s.bytes, s.codepoints
r = []
s.each_char { |c| r << c.upcase }
p r
p s.each_byte.first(2)
t = "one\ntwo\nthree"
t.each_line { |l| p l }
p t.each_line.count
p t.lines(chomp: true)
p "a-b-c".each_char.select { |c| c != "-" }
p "abc".each_char.with_index.map { |c, i| "#{i}#{c}" }
