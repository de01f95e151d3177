p((1 in Integer))
p(("x" in Integer))
p(({ a: 1 } in { a: Integer }))
p(([1, 2] in [_, _]))
p(([1, 2] in [_]))
val = 5
if val in 1..10
  puts "in range"
end
data = { status: 200, body: "ok" }
data => { status: }
p status
result = [[:ok, 1], [:err, "x"], [:ok, 2]].select { _1 in [:ok, _] }
p result
begin
  data => { missing: }
rescue NoMatchingPatternKeyError => e
  puts e.class
end
