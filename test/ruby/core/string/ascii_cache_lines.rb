# Character offsets after in-place changes (the cached ASCII fact must follow every
# change) and lines/each_line over long strings.
a = +"hello"
p a.size, a[4], a.index("o")
a << "é"; p a.size, a[5], a[-1], a.index("é"), a.ascii_only?
a.setbyte(0, 0xC3); p a.size, a.valid_encoding?, a.ascii_only?
b = +"plain"; b.size; b.replace("ünï"); p b.size, b[1], b.rindex("ï")
c = +"abc"; c.size; c[1] = "ñ"; p c, c.size, c[2]
d = +"abcdef"; d.size; d.sub!("c", "ç"); p d.size, d[3], d.index("d")
e = +"abc"; e.size; e.insert(1, "日本"); p e.size, e[3], e.index("c"), e.rindex("本")
f = +"xyz"; f.size; f.prepend("ö"); p f.size, f.chars
g = +"a" * 50; g.size; g.concat("é", "b"); p g.size, g[50], g[-1]
h = +"aaa"; h.size; h.force_encoding("BINARY"); h << "\xff".b; p h.size, h.ascii_only?
i = "x".encode("UTF-16LE"); p i.size
j = +"abc"; j.size; j.gsub!("b", "ß"); p j.size, j[1]
k = +"abc"; k.size; k.tr!("b", "ß"); p k.size, k[2]
s = "héllo wörld ñ"
p s[0], s[-1], s[2, 3], s[1..], s[-3..], s[20], s[13], s[13, 2], s[14, 1], s[3...-2], s[0, 100]
p s.index("l"), s.index("l", 3), s.index("x"), s.index("", 13), s.index("", 14), s.index("l", -5)
p s.rindex("l"), s.rindex("l", 3), s.rindex("ö", -1), s.rindex(""), s.rindex("h", -20)
p "line1\nline2\r\nline3".lines, "line1\nline2\r\nline3\n".lines(chomp: true)
p "a\n\nb\n\n\nc".lines(""), "a\n\nb\n\n\nc\n".lines("", chomp: true), "axbxc".lines("x"), "".lines, "abc".lines(nil)
p "é\nü\n".each_line.to_a, "ab".each_line("").to_a, "a\r\nb".lines("\r\n", chomp: true)
long = (1..20000).map { |i| "row #{i}, ünïcode #{i * 3}" }.join("\n")
n = 0
long.each_line { |l| n += l.size }
p n, long.lines.size, long.lines.last, long.index("row 19999"), long.rindex("row 2,"), long[-10..]
