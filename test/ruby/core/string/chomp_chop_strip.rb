p "line\n".chomp, "line\r\n".chomp, "line".chomp, "line\n\n".chomp
p "hello".chomp("lo"), "hello".chomp("x")
p "abc".chop, "a\r\n".chop, "".chop
p "  both  ".strip, "  both  ".lstrip, "  both  ".rstrip
p "\t\n x \n".strip
p "xxhixx".delete_prefix("xx"), "xxhixx".delete_suffix("xx")
s = +"  mutate  "
s.strip!
p s
p "abc".strip!.nil?
