# sub/gsub/scan/split with String patterns (found by a byte search) and Regexps:
# replacement forms, $~ afterwards, empty matches, UTF-8 and binary subjects.
s = "hello world foo"
p s.gsub("o", "0"), $~ && $~[0], $~ && $~.pre_match
p s.gsub("o", "<\\0>"), s.gsub("o", "\\\\"), s.gsub("o") { |m| m.upcase + $~.begin(0).to_s }
p s.gsub("o", "o" => "O"), s.sub("o", "0"), s.sub("zz", "0"), $~
p s.gsub(/(o)(r)?/, "[\\1\\2]"), s.gsub(/(?<v>[aeiou])/, "<\\k<v>>"), $~[0]
p s.gsub(/o/) { $~.post_match.size }, s.gsub(/x*/, "-"), "héllo".gsub("", "."), "héllo".gsub(/l*/, "_")
p "héllo wörld".gsub("ö", "o"), "héllo".gsub("l", "L"), "日本語".gsub("本", "x"), "a.b.c".gsub(".", "")
p "ab\xffcd\xff".b.gsub("\xff".b, "!"), "ab\xffcd".b.gsub("c", "C").encoding
p s.scan("o"), $~[0], s.scan(/(o)(.)/), s.scan(/o/) { |m| print m, $~.begin(0), " " }, $~[0]
p "a,b,,c,,".split(/,/), "a,b,c".split(/(,)/), "abc".split(//), "a b  c".split(/\s+/, 2), "aXbXc".split("X")
t = +"xoxo"; p t.gsub!("o", "0"), t, t.gsub!("q", "z"), t.sub!("x", "y"), t
begin; "abc".sub("x"); rescue ArgumentError => e; p e.message; end
begin; "abc".sub("a", 1); rescue TypeError => e; p e.message; end
p "abc".gsub("b").to_a, "a-b-c".gsub("-", "-" => nil), "aaa".gsub("a", "a" => 1)
big = "key=value; " * 3000
p big.gsub("=", ": ").size, big.gsub(";") { "," }.count(","), big.scan("key").size, big.sub("value", "V")[0, 12]
