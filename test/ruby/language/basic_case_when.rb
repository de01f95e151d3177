def name(n)
  case n
  when 1 then "one"
  when 2 then "two"
  else "many"
  end
end
puts name(1)
puts name(2)
puts name(9)
