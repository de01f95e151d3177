def grade(score)
  case score
  in 90.. then "A"
  in 80...90 then "B"
  in 70...80 then "C"
  in Integer | Float then "F"
  end
end
p [95, 85, 72.5, 10].map { grade(_1) }
def check(x)
  case x
  in :sym then "symbol"
  in "str" then "string"
  in 1.5 then "float"
  in nil then "nil"
  in true then "true"
  in /\Aab/ then "regexp match"
  in ->(v) { v.respond_to?(:each) } then "enumerable-ish"
  else "nope"
  end
end
p [:sym, "str", 1.5, nil, true, "abc", [1], 42].map { check(_1) }
begin
  grade("x")
rescue NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
end
