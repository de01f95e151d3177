p "tab\there"
p "nl\nx"
p "quote\"q"
p "back\\slash"
p "\e\a\b\f\v\r\0"
p "\x41\x42"
p "\101\102"
p "\u00e9"
p "\u{1F600 41}"
p 'single\n'
p 'it\'s'
p 'back\\'
p "\s"
p "a\
b"
p "\M-a".bytes
p "\C-a".bytes
p "\c?".bytes
