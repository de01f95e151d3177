p "a,b,,c".split(",")
p "a,b,,c,,".split(",")
p "a,b,,c,,".split(",", -1)
p "a b  c".split
p "abc".split("")
p "a1b2c3".split(/\d/)
p "a,b,c".split(",", 2)
p "hello world".each_char.to_a.length
p "line1\nline2\n".lines
p "line1\nline2".each_line.map(&:chomp)
p "abc\n".chomp
p "abc".chop
p "xxabcxx".delete_prefix("xx").delete_suffix("xx")
p "  lead".lstrip
p "trail  ".rstrip
p "hello"[1..-2]
p "hello".slice(1, 3)
p "Hello".sub(/l/) { |m| m.upcase }
p "hello".gsub("l", "L")
p "hello".tr("el", "ip")
p "hello".replace("bye")
p "abc".succ
p "az".next
p "zz".succ
p "a".upto("e").to_a
p "%d items" % 5
p "abc".each_byte.to_a
p "ruby is fun".split.map(&:capitalize).join(" ")
