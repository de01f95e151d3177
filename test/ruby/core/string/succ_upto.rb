p "a".succ, "az".succ, "zz".succ, "a9".succ, "Zz".succ, "1.9".succ, "".succ
p "a".upto("e").to_a
p "08".upto("11").to_a
p "aa".upto("ad").map(&:upcase)
p ("x".."ab").to_a
p "a".ord.succ.chr
s = +"az"
s.succ!
p s
