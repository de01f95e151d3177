p "hello" =~ /^h/, "a\nhello" =~ /^h/, "a\nhello" =~ /\Ah/
p "hello\n" =~ /o$/, "hello\n" =~ /o\z/, "hello\n" =~ /o\Z/
p "foo bar" =~ /\bbar/, "foobar" =~ /\bbar/, "foobar" =~ /\Bbar/
p "a1_b" =~ /\W/, "a b" =~ /\s/, "abc" =~ /\d/, "x9" =~ /\D\d/
p "Hello World".scan(/[A-Z]/), "abc123".scan(/[^a-z]/), "a-b".scan(/[\w-]/)
p "tab\there".scan(/\h/) rescue p :x
p "café" =~ /\w+é/, "ünïcödé".scan(/\p{L}/).size
p "x.y" =~ /x.y/, "xzy" =~ /x\.y/
