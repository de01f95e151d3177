# String#chomp with "" (paragraph mode), nil and "\n"; concat with self among its
# arguments; insert's index errors; delete_prefix/suffix conversions; each_line's
# enumerator size.
p "abc\n\n".chomp(""), "abc\r\n\r\n".chomp(""), "abc\r".chomp(""), "abc\n".chomp(nil), "abc\r".chomp("\n")
p "abc\r\n".chomp("\n"), "abcc".chomp("c"), "abc".chomp("abc"), "".chomp("")
s = +"x"
p s.concat(s, s), s
s = +"ab"
p s.concat, s.concat("c", "d"), s << "e"
p "abc".insert(-1, "d"), "abc".insert(1.5, "d"), "abc".insert(-4, "d"), "abc".insert(3, "d")
o = Object.new
def o.to_str = "ab"
p "abc".delete_prefix(o), "cab".delete_suffix(o), "a\nb".each_line.size, "a\nb".each_line("b").to_a
[-> { "abc".insert(-5, "d") }, -> { "abc".insert(4, "d") }, -> { "hello".delete_prefix(/h/) },
 -> { "hello".delete_suffix(1) }, -> { "abc".chomp(1) }, -> { "abc".chomp("a", "b") }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
