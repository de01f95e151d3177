s = "hello world, hello ruby"
p s.index("hello"), s.index("hello", 1), s.index("zzz")
p s.rindex("hello"), s.rindex("o"), s.rindex("o", 10)
p s.index(/r\w+/), s.index("")
p s.byteindex("w") rescue p :nobyteindex
p "héllo".index("l")
p s.include?("world"), s.start_with?("hell"), s.end_with?("ruby", "x")
p s.start_with?(/h.l/)
p s =~ /world/, s.match?(/WORLD/i)
