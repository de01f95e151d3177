p "\a\b\t\n\v\f\r\e\s\0".bytes
p "\x41\x7a", "\101\132", "\u0041\u{7A}", "\u{48 49}"
p "\\", "\"", "\'", '\'', '\\', '\n'
p "\M-a".bytes, "\C-a".bytes, "\c@".bytes rescue p :x
p "a\
b"
p "tab:\t|"
p "#{1}\#{2}"
p 'single #{no} \t'
p %q(it's "q"), %Q(#{1 + 1} "Q")
p "é".bytes, "\xC3\xA9" == "é"
