case [1, [2, 3], {k: "v"}]
in [Integer => a, [b, *c], {k: String => d}] if a < b
  p a, b, c, d
in [*, 3, *post] then p post
in {name: /x/ | nil, **rest} unless rest.empty? then p rest
in Point(x:, y: 0..) | Point[_, _] then p x
in ^a | ^(a + 1) then 1
else p :none
end
config => {db: {user:}}
p(1 in Integer)
