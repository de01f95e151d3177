(0..31).each_slice(8) { |g| p g.map(&:chr).join }
p 127.chr, "\u0080", "\u00a0", "\u200b", "é", "日本", "😀"
p "\e[0m", "a\\b", "q\"q", "#", "\#{x}", "#x", "\#@x", "\#$x"
p "\xff\xfe".force_encoding("BINARY"), "ab\xffc", "\xe3\x81".dup
p :"a\nb", "tab\tnew\nline".inspect.length
puts "\u00e9".inspect, "\\".inspect
p "abc".b, "é".b
