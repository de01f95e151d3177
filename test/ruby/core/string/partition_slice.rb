p "user@example.com".partition("@")
p "a.b.c".partition("."), "a.b.c".rpartition(".")
p "no-sep".partition(":"), "no-sep".rpartition(":")
p "k = v".partition(/\s*=\s*/)
p "hello"[1], "hello"[1, 3], "hello"[1..3], "hello"[-3..], "hello"[10..]
p "hello".slice(0, 2), "hello".slice(2..)
p "hello".byteslice(1, 2)
s = +"hello world"
p s.slice!(5..), s
