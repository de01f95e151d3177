def kind(v)
  case v
  in nil | false then "falsy"
  in 0 | 0.0 then "zero"
  in Integer | Float => n if n < 0 then "negative"
  in "yes" | "y" | :yes then "affirmative"
  in [] | {} then "empty collection"
  in [Integer] | [Integer, Integer] then "one or two ints"
  in String | Symbol then "text"
  else "other"
  end
end
[nil, false, 0, 0.0, -3, -1.5, "yes", :yes, [], {}, [1], [1, 2], [1, 2, 3], "no", :x, 5].each do |v|
  puts "#{v.inspect} => #{kind(v)}"
end
