def m(v)
  case v
  in 0 then "zero"
  in Integer => n if n < 0 then "negative #{n}"
  in Integer | Float => n then "number #{n}"
  in String => s unless s.empty? then "string #{s}"
  in "" then "empty string"
  in [] then "empty array"
  in [x] then "one #{x}"
  in [Integer => a, Integer => b] then "two ints #{a + b}"
  in [first, *rest] then "first #{first} rest #{rest}"
  in { name: String => name, age: Integer => age } then "person #{name} #{age}"
  in { type: :circle, r: } then "circle #{r}"
  in {} then "empty hash"
  in nil then "nil"
  in :a | :b then "a or b"
  in 1.. then "never"
  else "other #{v.inspect}"
  end
end
[0, -3, 2.5, "hi", "", [], [9], [1, 2], [1, "b", 3], { name: "Al", age: 3 },
 { type: :circle, r: 2 }, {}, nil, :b, :z, { other: 1 }].each { |v| puts m(v) }
