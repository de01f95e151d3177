config = { db: { user: "admin", pass: "x", port: 5432 }, mode: "dev" }
case config
in { db: { user:, port: Integer => port }, mode: "dev" | "test" => mode }
  puts "user=#{user} port=#{port} mode=#{mode}"
end
expected = 5
case 5
in ^expected then puts "pinned match"
end
case [1, [2, [3, 4]]]
in [a, [b, [*, c]]]
  p [a, b, c]
end
case [1, 42, "x", :sym, 7]
in [*, String => s, Symbol => y, *post]
  p [s, y, post]
end
case { status: "ok", items: [1, 2] }
in { status: "ok", items: [_, _] => items }
  p items
end
case { a: 1, b: 2 }
in { a: Integer, **rest }
  p rest
end
case { a: 1 }
in { a: Integer, **nil }
  puts "exact keys"
end
p((1 in Integer))
p(("s" in Integer))
h = { name: "Zed", roles: [:admin] }
h => { name: }
p name
arr = [1, 2]
arr => [x, y]
p x + y
begin
  case 99
  in String then 1
  end
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
begin
  { a: 1 } => { b: }
rescue NoMatchingPatternKeyError => e
  puts "#{e.class}"
  p e.key
end
case 7
in Integer | Float => num if num > 5
  puts "big number #{num}"
end
val = 3
case { v: 3 }
in { v: ^val }
  puts "pinned in hash"
end
case [1, 2, 3]
in [Integer, *] => whole
  p whole
end
