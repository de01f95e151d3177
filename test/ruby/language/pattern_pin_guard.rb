expected = 5
case 5
in ^expected then puts "matches pinned local"
end
case [1, 1]
in [a, ^a] then puts "both equal #{a}"
end
case [1, 2]
in [a, ^a] then puts "never"
in [a, b] then puts "different #{a} #{b}"
end
@limit = 10
case 10
in ^@limit then puts "pinned ivar"
end
case 4
in ^(2 + 2) then puts "pinned expression"
end
case { n: 7 }
in { n: Integer => n } if n.odd? then puts "odd #{n}"
end
case 8
in Integer => n unless n > 10 then puts "small #{n}"
end
