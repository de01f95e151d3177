def kind(x)
  case x
  when 0 then "zero"
  when 1, 2, 3 then "small"
  when 4..9 then "medium"
  when Integer then "big int"
  when String, Symbol then "texty"
  when /^re/ then "never"
  when nil then "nil"
  else "other"
  end
end
[0, 2, 5, 100, "s", :sym, nil, 1.5].each { |v| puts kind(v) }
r = case "regex"
    when /^re(g)/ then "matched #{$1}"
    end
puts r
r2 = case 5 when 6 then 1 end
p r2
c = case
    when false then 1
    when 1 > 0 then 2
    end
p c
