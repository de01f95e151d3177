def m(v)
  case v
  in [] then "empty"
  in [_] then "one"
  in [Integer, Integer] then "two ints"
  in [String => s, *] then "starts with string #{s}"
  in [*, :end] then "ends with :end"
  in [_, [_, _] => inner] then "nested pair #{inner}"
  in [Integer => a, *rest] if rest.size > 2 then "long from #{a}: #{rest.size} more"
  else "other"
  end
end
p m([]), m([1]), m([1, 2]), m(["s", 1, 2]), m([1, :end]), m([1, [2, 3]]), m([1, 2, 3, 4]), m([1, 2, 3])
case [1, [2, [3, 4]]]
in [a, [b, [c, d]]]
  p a + b + c + d
end
arr = [1, "two", :three]
case arr
in [Integer => i, String => s, Symbol => y]
  p [i, s, y]
end
