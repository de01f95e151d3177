s = "one " "two " 'three'
p s
t = "a" \
  "b" \
  "c"
p t
u = "interp #{1}" " plain" ' #{no}'
p u
p %w[a b] + %w(c)
p "x" 'y' "#{:z}"
