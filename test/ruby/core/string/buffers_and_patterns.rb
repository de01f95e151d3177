# Strings across the sizes kept in the object (up to 15 and 31 bytes) and beyond:
# growth by <<, lengths of multibyte text, reverse, and String patterns of sub/gsub
# (which reuse a compiled pattern) with regexp metacharacters and $~.
[0, 1, 14, 15, 16, 30, 31, 32, 33, 100].each do |n|
  s = "a" * n
  t = +""
  n.times { |i| t << (97 + i % 26).chr }
  u = s.dup
  u << "xyz"
  p [n, s.size, t.size, t[-1], u.size, u[-3..], s == "a" * n, t.frozen?]
end
b = +"start"
50.times { |i| b << "-#{i}" }
p b.size, b[0, 12], b[-6..]
["", "é", "aé", "ñandú", "日本語テキスト", "x" * 7 + "é", "é" * 9, "abcdefgh" * 3 + "ü"].each do |s|
  p [s.length, s.bytesize, s.reverse, s.reverse.length]
end
p "hello".b.reverse, "hello".b.reverse.encoding
p "héllo".b.reverse.bytesize, "héllo".b.length
p "abc".reverse.frozen?
3.times do
  p "a.b.c".sub(".", "!"), "a.b.c".gsub(".", "!"), "a+b".sub("+", "-"), "(x)".sub("(x)", "y")
  p "path/to/file".sub("/", "\\\\"), "aaa".sub("a", '\0\0'), "q*q".gsub("*") { |m| m * 2 }
  "x.y".sub(".", "")
  p $~[0], $~.pre_match
end
p "a.b".sub("x", "y"), $~
pats = (0...40).map { |i| "k#{i}" }
p pats.map { |k| "k1 k2 k30".sub(k, "_") }.uniq.size
p "ab".sub("b".b, "c"), "ab".b.sub("b", "c")
p "AbAb".sub("b", "c"), "AbAb".sub("B", "c")
