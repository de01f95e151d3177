# String#split: a nonzero limit keeps trailing empty fields (awk mode and "" too), a
# limit of 1 returns the string whole, and a block gets each field (split returns self).
p "a  b ".split(" ", -1), "  ".split(" ", -1), "a b ".split(" ", 3), "a b ".split(" ", 2),
  "a b  ".split(" ", 3), "abc".split("", -1), "abc".split("", 2), "".split(" ", -1),
  "".split("", -1), "a b".split(" ", -1), " a".split(" ", -1), " a b ".split(" ", 1),
  "abc".split("", 4), "abc".split("", 1), "".split(",", 1), "a b ".split(nil, -1),
  "a,b,,".split(",", -1), "a,b,,".split(",")
r = []
p "a,b".split(",") { r << _1 }, r
r = []
p "a b".split { r << _1.upcase }, r
