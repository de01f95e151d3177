p "a b  c".split
p " lead and trail ".split
p "a,b,c".split(",")
p "a,,b,".split(",")
p "a,,b,".split(",", -1)
p "a-b_c".split(/[-_]/)
p "a1b22c".split(/\d+/)
p "a1b2".split(/(\d)/)
p "abc".split("")
p "a b c d".split(" ", 2)
p "".split(",")
p "no-sep".split(",")
p "a\tb\nc".split
p "1,2;3".split(/[,;]/).map(&:to_i)
